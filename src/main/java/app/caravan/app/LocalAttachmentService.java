package app.caravan.app;

import app.caravan.app.ConsentRequiredException.Use;
import app.caravan.domain.Attachment;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.domain.Problem;
import app.caravan.storage.AttachmentStore;
import app.caravan.storage.AttachmentStore.Entry;
import app.caravan.storage.InterviewStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

final class LocalAttachmentService implements AttachmentService {
    private static final Logger LOG = Logger.getLogger(LocalAttachmentService.class.getName());

    private final AttachmentStore store;
    private final InterviewStore interviews;
    private final Clock clock;

    LocalAttachmentService(AttachmentStore store, InterviewStore interviews, Clock clock) {
        this.store = store;
        this.interviews = interviews;
        this.clock = clock;
    }

    @Override
    public Attachment add(UUID interviewId, String fileName, String mediaType, InputStream in, long size,
            LongConsumer progress) throws IOException {
        Streamed streamed = stream(interviewId, fileName, mediaType, in, size, progress, AttachmentStore.DEFAULT_PART_SIZE);
        return finish(streamed.id(), streamed.sha256());
    }

    @Override
    public List<Attachment> list(UUID interviewId) {
        return store.list(interviewId);
    }

    @Override
    public Attachment get(UUID attachmentId) {
        return complete(attachmentId).attachment();
    }

    @Override
    public InputStream open(UUID attachmentId) {
        return open(attachmentId, 0);
    }

    @Override
    public InputStream open(UUID attachmentId, long fromByte) {
        Entry entry = complete(attachmentId);
        if (fromByte < 0 || fromByte > entry.size()) {
            throw new LocalizedArgumentException(Problem.of("attachment.byteOutside", fromByte, entry.size()));
        }
        return new AttachmentInputStream(store, entry, fromByte);
    }

    @Override
    public void delete(UUID attachmentId) {
        if (!store.delete(attachmentId)) {
            throw new NotFoundException(Problem.of("attachment.none", attachmentId));
        }
    }

    /** The id and digest of content that is stored but not yet marked complete. */
    record Streamed(UUID id, long size, String sha256) {
    }

    /**
     * Stores {@code in} as parts of {@code partSize}, one short transaction each, hashing on the
     * way. Only one part is ever in memory. The attachment stays incomplete (invisible) until
     * the caller finishes it; on failure it is deleted.
     */
    Streamed stream(UUID interviewId, String fileName, String mediaType, InputStream in, long size,
            LongConsumer progress, int partSize) throws IOException {
        String name = MediaTypes.cleanFileName(fileName);
        String type = MediaTypes.of(mediaType, name);
        checkMayAttach(interviewId, type);
        UUID id = UUID.randomUUID();
        if (!store.begin(id, interviewId, name, type, partSize, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new NotFoundException(Problem.of("interview.noneInVault", interviewId));
        }
        MessageDigest sha = sha256();
        byte[] buffer = new byte[partSize];
        long total = 0;
        try {
            for (int seq = 0; ; seq++) {
                int n = in.readNBytes(buffer, 0, partSize);
                if (n == 0) {
                    break;
                }
                if (size >= 0 && total + n > size) {
                    throw new LocalizedIOException(Problem.of("attachment.longer", name, size));
                }
                sha.update(buffer, 0, n);
                if (!store.appendPart(id, seq, buffer, n)) {
                    throw new NotFoundException(Problem.of("attachment.interviewDeleted", interviewId));
                }
                total += n;
                if (progress != null) {
                    progress.accept(total);
                }
                if (n < partSize) {
                    break;
                }
            }
            if (size >= 0 && total != size) {
                throw new LocalizedIOException(Problem.of("attachment.shorter", name, total, size));
            }
            return new Streamed(id, total, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(id);
            throw e;
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    Attachment finish(UUID id, String sha256) {
        return store.finish(id, sha256)
                .orElseThrow(() -> new NotFoundException(Problem.of("attachment.deletedWhileStored", id)))
                .attachment();
    }

    /**
     * Completes a streamed WAV recording: writes the real sizes into its header, which sat at
     * the start of the first part with placeholders, and hashes the final content. Works as
     * well for a recording that a crash interrupted, up to its last stored part.
     */
    Attachment finishStreamedWav(UUID id) {
        Entry entry = store.find(id).orElseThrow(() -> new NotFoundException(Problem.of("attachment.noneShort", id)));
        byte[] buffer = new byte[entry.partSize()];
        try {
            int first = store.readPart(id, 0, buffer);
            if (!WavHeader.isCanonical(buffer, first)) {
                throw new IllegalStateException("The attachment " + id + " is not a recording made by Caravan");
            }
            WavHeader.patchSizes(buffer, entry.size());
            store.replacePart(id, 0, buffer, first);
            MessageDigest sha = sha256();
            sha.update(buffer, 0, first);
            for (int seq = 1; seq < entry.parts(); seq++) {
                int n = store.readPart(id, seq, buffer);
                if (n < 0) {
                    throw new IllegalStateException("The attachment " + id + " lacks part " + seq);
                }
                sha.update(buffer, 0, n);
            }
            return finish(id, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    /**
     * Deals with attachments a crash interrupted, when the vault is opened: a recording keeps
     * what was stored of it (at most one part, a few seconds, is lost); any other half-stored
     * file is deleted, because a truncated photo or scan is worth nothing. Returns how many
     * were found.
     */
    int recoverInterrupted() {
        List<Entry> interrupted = store.incomplete();
        for (Entry entry : interrupted) {
            if ("audio/wav".equals(entry.mediaType()) && entry.size() >= WavHeader.LENGTH && isCanonicalWav(entry)) {
                finishStreamedWav(entry.id());
            } else {
                store.delete(entry.id());
            }
        }
        if (!interrupted.isEmpty()) {
            LOG.info("Recovered or removed " + interrupted.size() + " attachment(s) interrupted by a crash");
        }
        return interrupted.size();
    }

    private boolean isCanonicalWav(Entry entry) {
        byte[] buffer = new byte[entry.partSize()];
        try {
            return WavHeader.isCanonical(buffer, store.readPart(entry.id(), 0, buffer));
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    /** Attaching is part of recording the interview, so consent rules apply here too. */
    void checkMayAttach(UUID interviewId, String mediaType) {
        Interview interview = interviews.find(interviewId)
                .orElseThrow(() -> new NotFoundException(Problem.of("interview.noneInVault", interviewId)));
        Consent consent = interview.consent();
        if (consent.isWithdrawn()) {
            throw new LocalizedStateException(Problem.of("attachment.withdrawn", interviewId));
        }
        if (Attachment.Kind.of(mediaType) == Attachment.Kind.AUDIO && !consent.audioRecording()) {
            throw new ConsentRequiredException(Use.AUDIO_RECORDING, "The interviewee of " + interviewId
                    + " has not consented to audio recording; record that consent before adding audio");
        }
    }

    private Entry complete(UUID attachmentId) {
        return store.find(attachmentId).filter(Entry::complete)
                .orElseThrow(() -> new NotFoundException(Problem.of("attachment.none", attachmentId)));
    }

    private void deleteQuietly(UUID id) {
        try {
            store.delete(id);
        } catch (RuntimeException e) {
            // The original failure matters more; an incomplete leftover is removed at the next unlock.
            LOG.warning("Could not remove the incomplete attachment " + id + ": " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
