package app.caravan.storage;

import app.caravan.crypto.Secrets;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's {@code CIPHER=AES} format (the layout of {@code org.h2.store.fs.encrypt.FileEncrypt}
 * in H2 2.x), encrypted by {@link XtsAes} with the JDK's AES.
 * <p>
 * Layout: a 4 KiB header ("H2encrypt\n", then an 8-byte random salt, then zeros), then the
 * file's content in 4 KiB blocks, block {@code n} of the content encrypted as XTS sector
 * {@code n}. The AES-128 key is PBKDF2-HMAC-SHA256(password bytes, salt, 10 iterations): H2's
 * choice, kept because the file must stay readable by H2; the password is our 256-bit random
 * data key in hex, so the low iteration count costs nothing. A content size that is not a whole
 * number of blocks is marked by a partial block after the last one, as H2 does.
 * <p>
 * Like H2's class, nothing is read or written before the first use, so that H2 can lock the file
 * first; unlike it, the first read of an existing file checks that the key opens it (the
 * MVStore header, plain text "H:2,", must appear in one of its two copies), so a wrong key is
 * reported as such instead of as a damaged file.
 */
final class XtsAesChannel extends FileBaseDefault {
    static final int BLOCK = XtsAes.BLOCK;
    private static final int MASK = BLOCK - 1;
    static final int HEADER_LENGTH = BLOCK;
    /** Far below G1's humongous size (half a region, 1 MiB at least), and few system calls. */
    private static final int PIECE = 64 * BLOCK;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int ITERATIONS = 10;
    private static final byte[] STORE_HEADER = "H:2,".getBytes(StandardCharsets.ISO_8859_1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private final boolean mvStore;
    private volatile XtsAes xts;
    /** The content's size as H2 sees it. */
    private volatile long size;
    /** Plain-text scratch arrays of {@value #PIECE} bytes, one per thread at a time; wiped at close. */
    private final ConcurrentLinkedQueue<byte[]> pieces = new ConcurrentLinkedQueue<>();

    /**
     * {@code password} is H2's file password as bytes (UTF-16BE); this channel keeps its own copy
     * until first use. {@code mvStore}: the content is an H2 MVStore file, whose header checks the key.
     */
    XtsAesChannel(String name, byte[] password, FileChannel base, boolean mvStore) {
        this.name = name;
        this.base = base;
        this.password = password.clone();
        this.mvStore = mvStore;
    }

    private XtsAes xts() throws IOException {
        XtsAes x = xts;
        return x != null ? x : init();
    }

    private synchronized XtsAes init() throws IOException {
        if (xts != null) {
            return xts;
        }
        long content = base.size() - HEADER_LENGTH;
        boolean existing = content >= 0;
        byte[] salt = new byte[SALT_LENGTH];
        if (existing) {
            byte[] magic = new byte[MAGIC.length];
            readFully(base, 0, ByteBuffer.wrap(magic));
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(name + " is not an encrypted vault database (its first bytes are not H2's)");
            }
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
        } else {
            byte[] header = Arrays.copyOf(MAGIC, BLOCK);
            RANDOM.nextBytes(salt);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        byte[] key = SHA256.getPBKDF2(password, salt, ITERATIONS, 16);
        XtsAes created = new XtsAes(key);
        Secrets.wipe(key);
        Secrets.wipe(password);
        password = null;
        if (existing) {
            if ((content & MASK) != 0) {
                content -= BLOCK;
            }
            size = content;
            if (mvStore) {
                checkKey(created);
            }
        }
        xts = created;
        return created;
    }

    private void checkKey(XtsAes cipher) throws IOException {
        for (long block = 0; block < 2 && (block + 1) * BLOCK <= size; block++) {
            byte[] plain = new byte[BLOCK];
            readFully(base, HEADER_LENGTH + block * BLOCK, ByteBuffer.wrap(plain));
            cipher.decrypt(block, plain, 0, 1);
            if (Arrays.equals(plain, 0, STORE_HEADER.length, STORE_HEADER, 0, STORE_HEADER.length)) {
                return;
            }
        }
        if (size >= BLOCK) {
            throw new WrongKeyException(name);
        }
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int len = dst.remaining();
        if (len == 0) {
            return 0;
        }
        XtsAes cipher = xts();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        if (position >= size) {
            return -1;
        }
        len = (int) Math.min(len, size - position);
        long start = position & ~(long) MASK;
        int skip = (int) (position - start);
        boolean aligned = skip == 0 && (len & MASK) == 0;
        if (aligned && dst.hasArray()) {
            int at = dst.position();
            readFully(base, HEADER_LENGTH + position, dst.duplicate().limit(at + len));
            cipher.decrypt(position / BLOCK, dst.array(), dst.arrayOffset() + at, len / BLOCK);
            dst.position(at + len);
            return len;
        }
        byte[] piece = borrow();
        try {
            long blockStart = start;
            for (int done = 0; done < len; ) {
                int n = Math.min(PIECE - skip, len - done);
                int span = (skip + n + MASK) & ~MASK;
                readFully(base, HEADER_LENGTH + blockStart, ByteBuffer.wrap(piece, 0, span));
                cipher.decrypt(blockStart / BLOCK, piece, 0, span / BLOCK);
                dst.put(piece, skip, n);
                done += n;
                blockStart += span;
                skip = 0;
            }
        } finally {
            giveBack(piece);
        }
        return len;
    }

    /**
     * Writes in pieces of at most {@value #PIECE} bytes through a reused array: MVStore writes
     * whole chunks of many MiB at once, and an array of that size per write was a humongous
     * allocation for G1 each time (ADR 0023, its session-8 note; measured in ADR 0008, "Session 8").
     */
    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsAes cipher = xts();
        int len = src.remaining();
        if (len == 0) {
            return 0;
        }
        long end = position + len;
        byte[] piece = borrow();
        try {
            for (long at = position; at < end; ) {
                long start = at & ~(long) MASK;
                int skip = (int) (at - start);
                int n = (int) Math.min(PIECE - skip, end - at);
                int span = (skip + n + MASK) & ~MASK;
                // A block the write covers only in part keeps the rest of what is there.
                if (skip != 0) {
                    loadBlock(cipher, piece, 0, start);
                }
                if (((skip + n) & MASK) != 0 && (span > BLOCK || skip == 0)) {
                    loadBlock(cipher, piece, span - BLOCK, start + span - BLOCK);
                }
                src.get(piece, skip, n);
                cipher.encrypt(start / BLOCK, piece, 0, span / BLOCK);
                writeFully(base, HEADER_LENGTH + start, ByteBuffer.wrap(piece, 0, span));
                at += n;
            }
        } finally {
            giveBack(piece);
        }
        synchronized (this) {
            size = Math.max(size, end);
            int partial = (int) (size & MASK);
            if (partial > 0 && end == size) {
                // H2's marker for a size that is not whole blocks: that many bytes after the last block.
                long afterLast = (end + MASK) & ~(long) MASK;
                writeFully(base, HEADER_LENGTH + afterLast, ByteBuffer.allocate(partial));
            }
        }
        return len;
    }

    /** The plain content of the block at {@code position} into {@code piece}, zeros past the end. */
    private void loadBlock(XtsAes cipher, byte[] piece, int offset, long position) throws IOException {
        if (position < ((size + MASK) & ~(long) MASK)) {
            readFully(base, HEADER_LENGTH + position, ByteBuffer.wrap(piece, offset, BLOCK));
            cipher.decrypt(position / BLOCK, piece, offset, 1);
        } else {
            Arrays.fill(piece, offset, offset + BLOCK, (byte) 0);
        }
    }

    private byte[] borrow() {
        byte[] piece = pieces.poll();
        return piece != null ? piece : new byte[PIECE];
    }

    private void giveBack(byte[] piece) {
        if (isOpen()) {
            pieces.offer(piece);
        } else {
            Secrets.wipe(piece);
        }
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    protected synchronized void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        base.truncate(HEADER_LENGTH + newSize + ((newSize & MASK) > 0 ? BLOCK : 0));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        if (password != null) {
            Secrets.wipe(password);
        }
        for (byte[] piece = pieces.poll(); piece != null; piece = pieces.poll()) {
            Secrets.wipe(piece);
        }
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        long at = position;
        while (dst.hasRemaining()) {
            int n = file.read(dst, at);
            if (n < 0) {
                throw new EOFException("The vault file ends at " + at + " before the block it needs");
            }
            at += n;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        long at = position;
        while (src.hasRemaining()) {
            at += file.write(src, at);
        }
    }

    /** The key does not decrypt this file: another vault's key, or a file that is not ours. */
    static final class WrongKeyException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongKeyException(String name) {
            super("The vault key does not decrypt " + name
                    + ": it belongs to another vault, or the file's first blocks are damaged");
        }
    }
}
