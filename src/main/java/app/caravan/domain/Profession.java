package app.caravan.domain;

import java.util.Objects;

/** A profession and the sector it generalizes to. */
public record Profession(String key, String name, String sector) {
    public Profession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        sector = sector == null ? "" : sector;
    }
}
