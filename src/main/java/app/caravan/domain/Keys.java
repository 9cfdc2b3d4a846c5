package app.caravan.domain;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by their stable external key, with an error that lists the valid keys. */
final class Keys {
    private Keys() {
    }

    static <E> E fromKey(Class<E> type, E[] values, String key, Function<E, String> keyOf) {
        for (E value : values) {
            if (keyOf.apply(value).equals(key)) {
                return value;
            }
        }
        String valid = Arrays.stream(values).map(keyOf).collect(Collectors.joining(", "));
        String shown = key == null ? "null" : key.length() > 60 ? key.substring(0, 60) + "…" : key;
        throw new IllegalArgumentException("'" + shown + "' is not one of: " + valid);
    }
}
