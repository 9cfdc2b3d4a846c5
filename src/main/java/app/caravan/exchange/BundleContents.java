package app.caravan.exchange;

import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one bundle carries. Interviews go in as given: the caller decides whether identities
 * (real names, contacts) are included and passes {@code Identity.EMPTY} otherwise.
 */
public record BundleContents(UUID deviceId, long sequence, Instant createdAt, Vocabulary vocabulary,
        List<IdentifiedInterview> interviews, List<UUID> withdrawn, List<Tombstone> tombstones,
        List<BundleAttachment> attachments) {
    public BundleContents {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more: " + sequence);
        }
        interviews = List.copyOf(interviews);
        withdrawn = List.copyOf(withdrawn);
        tombstones = List.copyOf(tombstones);
        attachments = List.copyOf(attachments);
    }
}
