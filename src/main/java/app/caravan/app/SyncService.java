package app.caravan.app;

import app.caravan.domain.OutboxBundle;
import app.caravan.domain.SyncTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The outbox of sealed bundles and their delivery to folder and WebDAV targets (ADR 0011).
 * All methods do vault or network work: call them off the FX thread.
 */
public interface SyncService {
    /** A sealed bundle as handed over by whoever sealed it; the bytes are opaque here. */
    record SealedBundle(UUID id, String device, long sequence, long size, String sha256, String folder) {
        /** A bundle for the target's root: what a field device sends to the desk. */
        public SealedBundle(UUID id, String device, long sequence, long size, String sha256) {
            this(id, device, sequence, size, sha256, "");
        }
    }

    /** Progress of one {@link #deliver} run, over every bundle × target it will try. */
    record Progress(long bytesDone, long bytesTotal, int deliveriesDone, int deliveriesTotal) {
    }

    /**
     * Stores the bundle's bytes in the vault (1 MiB parts, short transactions), checking the
     * announced size and SHA-256; on any mismatch nothing stays in the outbox.
     */
    OutboxBundle enqueue(SealedBundle bundle, InputStream content) throws IOException;

    /** Every bundle in the outbox, in sequence order, with its state. */
    List<OutboxBundle> outbox();

    /**
     * Delivers every queued bundle to every target, in sequence order per target (a later bundle
     * never reaches a target before an earlier one). Failures are recorded with a backoff; with
     * {@code now} false, deliveries still waiting for their backoff are skipped.
     */
    SyncReport deliver(boolean now, Consumer<Progress> progress, BooleanSupplier cancelled);

    /** The desk confirmed the bundle: it is marked acknowledged and its bytes are dropped. */
    void acknowledge(UUID bundleId);

    SyncTarget addFolder(Path folder);

    /** {@code password} is copied into the vault; the caller wipes its array. */
    SyncTarget addWebDav(URI url, String user, char[] password);

    List<SyncTarget> targets();

    /**
     * Whether the target answers now (see DeliveryTarget.reachable): at most ~5 s, never throws
     * for a target that cannot be reached.
     *
     * @throws NotFoundException when the vault has no such target
     */
    boolean reachable(UUID targetId);

    void removeTarget(UUID targetId);
}
