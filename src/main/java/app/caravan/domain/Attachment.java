package app.caravan.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A file kept with an interview: an audio recording, a photo, a scanned consent form. The
 * content lives encrypted in the vault; this record describes it. {@code sha256} is the
 * lower-case hex digest of the content, {@code size} its length in bytes.
 */
public record Attachment(UUID id, UUID interviewId, String fileName, String mediaType, long size, String sha256,
        Instant addedAt) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** What the editor shows and which consent applies: audio needs audio-recording consent. */
    public enum Kind {
        AUDIO,
        PHOTO,
        DOCUMENT;

        /** Derived from the media type: {@code audio/*} and {@code image/*}; everything else is a document. */
        public static Kind of(String mediaType) {
            String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
            if (type.startsWith("audio/")) {
                return AUDIO;
            }
            return type.startsWith("image/") ? PHOTO : DOCUMENT;
        }
    }

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(addedAt, "addedAt");
        if (size < 0) {
            throw new IllegalArgumentException("attachment size is negative");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    public Kind kind() {
        return Kind.of(mediaType);
    }
}
