package app.caravan.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A library filter kept under a name the user chose (unique in the vault, ignoring case and script). */
public record SavedFilter(UUID id, String name, InterviewFilter filter, Instant createdAt) {
    public SavedFilter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        filter = filter == null ? InterviewFilter.EMPTY : filter;
    }
}
