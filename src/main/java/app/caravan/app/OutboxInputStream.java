package app.caravan.app;

import app.caravan.storage.OutboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Reads a bundle from the outbox part by part, one short vault read each (the connection is not
 * held between reads). Throws when the run is cancelled, so a target stops mid-upload.
 */
final class OutboxInputStream extends InputStream {
    private final OutboxStore store;
    private final UUID id;
    private final long size;
    private final BooleanSupplier cancelled;
    private final byte[] part;
    private long next;
    private int loadedLength;
    private int position;

    OutboxInputStream(OutboxStore store, OutboxStore.Entry entry, BooleanSupplier cancelled) {
        this.store = store;
        this.id = entry.bundle().id();
        this.size = entry.bundle().size();
        this.cancelled = cancelled;
        this.part = new byte[(int) Math.max(1, Math.min(entry.partSize(), size))];
    }

    private int seq = -1;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (cancelled.getAsBoolean()) {
            throw new IOException("the delivery was cancelled");
        }
        if (len == 0) {
            return 0;
        }
        if (next >= size) {
            return -1;
        }
        if (position >= loadedLength) {
            seq++;
            loadedLength = store.readPart(id, seq, part);
            position = 0;
            if (loadedLength <= 0) {
                throw new IOException("The bundle " + id + " in the outbox is shorter than its recorded size ("
                        + next + " of " + size + " bytes)");
            }
        }
        int n = (int) Math.min(Math.min(len, loadedLength - position), size - next);
        System.arraycopy(part, position, b, off, n);
        position += n;
        next += n;
        return n;
    }

    @Override
    public void close() {
        Arrays.fill(part, (byte) 0);
    }
}
