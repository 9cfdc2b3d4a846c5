package app.caravan.ui.fake;

import app.caravan.app.AttachmentService;
import app.caravan.app.ConsentRequiredException;
import app.caravan.app.NotFoundException;
import app.caravan.domain.Attachment;
import app.caravan.domain.Interview;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** Attachments kept in memory, with the vault's consent checks; for UI tests. */
final class InMemoryAttachments implements AttachmentService {
    private final Object lock;
    private final Function<UUID, Interview> interviews;
    final Map<UUID, Attachment> attachments = new LinkedHashMap<>();
    final Map<UUID, byte[]> contents = new LinkedHashMap<>();
    /** Pause per part in milliseconds, so a test can cancel an upload under way. */
    volatile long partDelayMillis;

    InMemoryAttachments(Object lock, Function<UUID, Interview> interviews) {
        this.lock = lock;
        this.interviews = interviews;
    }

    @Override
    public Attachment add(UUID interviewId, String fileName, String mediaType, InputStream in, long size,
            LongConsumer progress) throws IOException {
        String type = mediaType != null ? mediaType : guess(fileName);
        Interview interview;
        synchronized (lock) {
            interview = interviews.apply(interviewId);
        }
        if (interview.consent().isWithdrawn()) {
            throw new IllegalStateException("The interview is withdrawn; nothing more can be attached to it");
        }
        if (Attachment.Kind.of(type) == Attachment.Kind.AUDIO && !interview.consent().audioRecording()) {
            throw new ConsentRequiredException(ConsentRequiredException.Use.AUDIO_RECORDING, "no audio consent");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] part = new byte[64 * 1024];
        for (int n = in.readNBytes(part, 0, part.length); n > 0; n = in.readNBytes(part, 0, part.length)) {
            out.write(part, 0, n);
            if (progress != null) {
                progress.accept(out.size());
            }
            pause();
        }
        if (size >= 0 && out.size() != size) {
            throw new IOException(fileName + " does not have the announced size");
        }
        byte[] content = out.toByteArray();
        Attachment a = new Attachment(UUID.randomUUID(), interviewId, fileName, type, content.length, sha256(content),
                Instant.now());
        synchronized (lock) {
            attachments.put(a.id(), a);
            contents.put(a.id(), content);
        }
        return a;
    }

    @Override
    public List<Attachment> list(UUID interviewId) {
        synchronized (lock) {
            return attachments.values().stream().filter(a -> a.interviewId().equals(interviewId)).toList();
        }
    }

    @Override
    public Attachment get(UUID attachmentId) {
        synchronized (lock) {
            Attachment a = attachments.get(attachmentId);
            if (a == null) {
                throw new NotFoundException("No attachment " + attachmentId);
            }
            return a;
        }
    }

    @Override
    public InputStream open(UUID attachmentId) {
        return open(attachmentId, 0);
    }

    @Override
    public InputStream open(UUID attachmentId, long fromByte) {
        synchronized (lock) {
            get(attachmentId);
            byte[] content = contents.get(attachmentId);
            return new ByteArrayInputStream(content, (int) fromByte, content.length - (int) fromByte);
        }
    }

    @Override
    public void delete(UUID attachmentId) {
        synchronized (lock) {
            get(attachmentId);
            attachments.remove(attachmentId);
            contents.remove(attachmentId);
        }
    }

    void deleteAllOf(UUID interviewId) {
        synchronized (lock) {
            list(interviewId).forEach(a -> {
                attachments.remove(a.id());
                contents.remove(a.id());
            });
        }
    }

    private void pause() {
        if (partDelayMillis > 0) {
            try {
                Thread.sleep(partDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String guess(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".wav")) {
            return "audio/wav";
        }
        if (lower.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return lower.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
