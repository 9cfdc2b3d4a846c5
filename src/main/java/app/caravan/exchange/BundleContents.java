package app.caravan.exchange;

import app.caravan.domain.Acknowledgement;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one bundle carries. {@code replyTo} is the sender's own age recipient when it takes
 * answers (a field device), else null; {@code acknowledged} and {@code reviews} travel in
 * {@code review.json}, which is written only when one of them is not empty. Interviews go in as given: the caller decides whether identities
 * (real names, contacts) are included and passes {@code Identity.EMPTY} otherwise.
 */
public record BundleContents(UUID deviceId, long sequence, Instant createdAt, Vocabulary vocabulary,
        List<IdentifiedInterview> interviews, List<UUID> withdrawn, List<Tombstone> tombstones,
        List<BundleAttachment> attachments, String replyTo, List<Acknowledgement> acknowledged,
        List<ReviewState> reviews) {
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
        acknowledged = List.copyOf(acknowledged);
        reviews = List.copyOf(reviews);
    }

    /** Interviews and their files only: no review states, no acknowledgements, no reply key. */
    public BundleContents(UUID deviceId, long sequence, Instant createdAt, Vocabulary vocabulary,
            List<IdentifiedInterview> interviews, List<UUID> withdrawn, List<Tombstone> tombstones,
            List<BundleAttachment> attachments) {
        this(deviceId, sequence, createdAt, vocabulary, interviews, withdrawn, tombstones, attachments, null, List.of(),
                List.of());
    }
}
