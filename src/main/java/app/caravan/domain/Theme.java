package app.caravan.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A code in the hierarchical codebook. {@code parentKey} is null for top-level themes. */
public record Theme(String key, String name, String parentKey, String color, String description) {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final String DEFAULT_COLOR = "#808080";

    /** True for a color the codebook accepts: {@code #rrggbb}. */
    public static boolean isColor(String color) {
        return color != null && COLOR.matcher(color).matches();
    }

    public Theme {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        color = color == null ? DEFAULT_COLOR : color;
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("theme color '" + color + "' is not like #1a2b3c");
        }
        description = description == null ? "" : description;
    }
}
