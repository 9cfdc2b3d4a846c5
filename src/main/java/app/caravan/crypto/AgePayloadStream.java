package app.caravan.crypto;

import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.crypto.CipherKey;
import com.exceptionfactory.jagged.framework.format.StandardPayloadKeyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.RecursiveAction;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;

/**
 * The age v1 payload (STREAM of ChaCha20-Poly1305 chunks of 64 KiB) written with the chunks of
 * a batch encrypted on all cores. jagged writes the header and derives the payload key; only the
 * payload is ours. Why: every chunk has its own nonce (counter and last-chunk flag), so chunks
 * are independent, and JDK 17's ChaCha20 is pure Java (about 250 MB/s per core here against
 * 1.9 GB/s for Go's assembly in {@code age}); jagged encrypts one chunk after another on one core.
 * <p>
 * The last chunk is held back until {@link #close()}, because only then is it known to be last:
 * a payload that is a whole number of chunks ends with a full chunk that carries the flag, an
 * empty payload is one empty last chunk (age spec, "payload").
 */
final class AgePayloadStream extends OutputStream {
    static final int CHUNK = 64 * 1024;
    private static final int TAG = 16;
    private static final int NONCE = 12;
    /** Chunks encrypted together: 2 MiB, enough to keep every core busy without much memory. */
    private static final int BATCH = 32;
    /** Below this, handing chunks to other threads costs more than it saves. */
    private static final int PARALLEL_MIN = 4;

    private final OutputStream out;
    private final CipherKey payloadKey;
    private final byte[][] plain = new byte[BATCH][CHUNK];
    private final byte[][] sealed = new byte[BATCH][CHUNK + TAG];
    private final int[] lengths = new int[BATCH];
    /** Index of the chunk being filled within the batch. */
    private int current;
    private long counter;
    private boolean closed;

    private AgePayloadStream(OutputStream out, CipherKey payloadKey) {
        this.out = out;
        this.payloadKey = payloadKey;
    }

    /** Writes the age header for {@code writers} to {@code out} and returns the stream for the payload. */
    static AgePayloadStream open(OutputStream out, Iterable<RecipientStanzaWriter> writers)
            throws GeneralSecurityException, IOException {
        ByteBuffer header = ByteBuffer.allocate(CHUNK + TAG);
        CipherKey key = new StandardPayloadKeyWriter().writeFileHeader(header, writers);
        header.flip();
        out.write(header.array(), header.arrayOffset() + header.position(), header.remaining());
        return new AgePayloadStream(out, key);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("The age stream is closed");
        }
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (lengths[current] == CHUNK) {
                // The full chunk is not the last one, since more bytes follow.
                if (current == BATCH - 1) {
                    seal(BATCH, false);
                } else {
                    current++;
                }
            }
            int n = Math.min(len, CHUNK - lengths[current]);
            System.arraycopy(b, off, plain[current], lengths[current], n);
            lengths[current] += n;
            off += n;
            len -= n;
        }
    }

    /** Encrypts and writes the last chunks (an empty payload still gets its empty last chunk), then closes {@code out}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            seal(current + 1, true);
        } finally {
            for (byte[] chunk : plain) {
                Arrays.fill(chunk, (byte) 0);
            }
            payloadKey.destroy();
            out.close();
        }
    }

    /** Encrypts chunks 0..count-1 of the batch (the last of them flagged if {@code last}) and writes them in order. */
    private void seal(int count, boolean last) throws IOException {
        long first = counter;
        if (count >= PARALLEL_MIN) {
            try {
                // invoke() computes in this thread and forks halves to the common pool, like a
                // parallel stream: this thread works too, so 2 cores help even where the pool has 1 worker.
                new Chunks(0, count, first, count - 1, last).invoke();
            } catch (RuntimeException e) {
                throw new IOException("age encryption of a chunk failed: " + rootMessage(e), e);
            }
        } else {
            for (int i = 0; i < count; i++) {
                encryptChunk(i, first + i, last && i == count - 1);
            }
        }
        for (int i = 0; i < count; i++) {
            out.write(sealed[i], 0, lengths[i] + TAG);
            lengths[i] = 0;
        }
        counter += count;
        current = 0;
    }

    private void encryptChunk(int index, long chunkCounter, boolean lastChunk) {
        try {
            Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
            cipher.init(Cipher.ENCRYPT_MODE, payloadKey, new IvParameterSpec(nonce(chunkCounter, lastChunk)));
            cipher.doFinal(plain[index], 0, lengths[index], sealed[index], 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("chunk " + chunkCounter + ": " + e.getMessage(), e);
        }
    }

    /** 11-byte big-endian chunk counter, then the last-chunk flag (age spec, STREAM). */
    static byte[] nonce(long chunkCounter, boolean lastChunk) {
        byte[] nonce = new byte[NONCE];
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (chunkCounter >>> (8 * i));
        }
        nonce[NONCE - 1] = (byte) (lastChunk ? 1 : 0);
        return nonce;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Splits the batch in halves until single chunks: the pool spreads them over the cores. */
    private final class Chunks extends RecursiveAction {
        private final int from;
        private final int to;
        private final long first;
        private final int lastIndex;
        private final boolean last;

        Chunks(int from, int to, long first, int lastIndex, boolean last) {
            this.from = from;
            this.to = to;
            this.first = first;
            this.lastIndex = lastIndex;
            this.last = last;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                encryptChunk(from, first + from, last && from == lastIndex);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Chunks(from, mid, first, lastIndex, last), new Chunks(mid, to, first, lastIndex, last));
        }
    }
}
