package app.caravan.app;

import app.caravan.storage.AttachmentStore;
import app.caravan.storage.AttachmentStore.Entry;
import app.caravan.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads an attachment part by part, each part in its own short read of the vault, so the
 * vault's single connection is never held between two reads of this stream. Holds one part
 * (at most {@code partSize} bytes) in memory and wipes it on close: it is decrypted content.
 */
final class AttachmentInputStream extends InputStream {
    private final AttachmentStore store;
    private final Entry entry;
    private byte[] part;
    private long next;
    private int loadedSeq = -1;
    private int loadedLength;

    AttachmentInputStream(AttachmentStore store, Entry entry, long from) {
        this.store = store;
        this.entry = entry;
        this.next = from;
        this.part = new byte[(int) Math.max(1, Math.min(entry.partSize(), entry.size()))];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (part == null) {
            throw new IOException("The attachment stream is closed");
        }
        if (len == 0) {
            return 0;
        }
        if (next >= entry.size()) {
            return -1;
        }
        int seq = (int) (next / entry.partSize());
        int position = (int) (next % entry.partSize());
        if (seq != loadedSeq) {
            load(seq);
        }
        if (position >= loadedLength) {
            throw new IOException("The attachment " + entry.id() + " is shorter than its recorded size");
        }
        int n = (int) Math.min(Math.min(len, loadedLength - position), entry.size() - next);
        System.arraycopy(part, position, b, off, n);
        next += n;
        return n;
    }

    /** Skipping never reads the parts skipped over: seeking into a long recording costs one part. */
    @Override
    public long skip(long n) {
        if (n <= 0 || part == null) {
            return 0;
        }
        long skipped = Math.min(n, entry.size() - next);
        next += skipped;
        return skipped;
    }

    @Override
    public int available() {
        if (part == null || next >= entry.size() || next / entry.partSize() != loadedSeq) {
            return 0;
        }
        return (int) Math.min(loadedLength - next % entry.partSize(), entry.size() - next);
    }

    @Override
    public void close() {
        if (part != null) {
            Arrays.fill(part, (byte) 0);
            part = null;
        }
    }

    private void load(int seq) throws IOException {
        int length;
        try {
            length = store.readPart(entry.id(), seq, part);
        } catch (StorageException e) {
            throw new IOException("Cannot read the attachment " + entry.id() + ": " + e.getMessage(), e);
        }
        if (length < 0) {
            throw new IOException("The attachment " + entry.id() + " was deleted while it was being read");
        }
        loadedSeq = seq;
        loadedLength = length;
    }
}
