package app.caravan.domain;

import java.util.List;
import java.util.Objects;

/** A gazetteer entry. Aliases carry the other spellings (Ташкент, Toshkent) that search and autocomplete match. */
public record City(String key, String name, String country, String region, List<String> aliases) {
    public City {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        country = country == null ? "" : country;
        region = region == null ? "" : region;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }
}
