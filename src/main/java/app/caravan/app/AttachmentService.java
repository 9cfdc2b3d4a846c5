package app.caravan.app;

import app.caravan.domain.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Audio, photos and documents kept with an interview, encrypted inside the vault. Content is
 * streamed in and out in parts (ADR 0006): a 1 GB file needs about 1 MiB of heap, and no
 * plaintext byte is ever written to a file, not even for playback (see {@link AudioServer}).
 *
 * <p>Locking: the vault has one connection. Writing and reading hold it for one part at a time
 * (a few milliseconds per MiB), so a long upload, a recording or a playing stream never blocks
 * saves of the transcript for longer than that.
 */
public interface AttachmentService {
    /**
     * Streams {@code in} (read to its end, not closed) into the vault as a new attachment of
     * the interview. {@code size} is the announced length, or -1 when unknown (a recording);
     * when given, the content must have exactly that length. {@code progress} (may be null)
     * hears the bytes stored so far after each part. The SHA-256 is computed while streaming.
     * Nothing is kept when it fails.
     *
     * @param mediaType a media type such as {@code audio/mpeg}, or null to go by the file name
     * @throws ConsentRequiredException for audio without audio-recording consent
     * @throws IllegalStateException when the interview is withdrawn
     * @throws NotFoundException when there is no such interview
     * @throws IOException when {@code in} fails or does not have the announced size
     */
    Attachment add(UUID interviewId, String fileName, String mediaType, InputStream in, long size,
            LongConsumer progress) throws IOException;

    /** The interview's attachments, oldest first. */
    List<Attachment> list(UUID interviewId);

    /** One attachment; {@link NotFoundException} when absent. */
    Attachment get(UUID attachmentId);

    /**
     * The decrypted content, from the start. The caller closes it. Each read that needs a new
     * part takes the vault's connection for one short read; nothing is held in between, so an
     * open stream blocks no other vault operation. Reading fails with an IOException once the
     * attachment is deleted or the vault is locked.
     */
    InputStream open(UUID attachmentId);

    /** {@link #open(UUID)} from byte {@code fromByte} on (0 ≤ fromByte ≤ size), for seeking. */
    InputStream open(UUID attachmentId, long fromByte);

    /** Deletes the attachment and its content; {@link NotFoundException} when absent. */
    void delete(UUID attachmentId);
}
