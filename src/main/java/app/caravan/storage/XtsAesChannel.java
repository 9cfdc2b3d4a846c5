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
        int span = (skip + len + MASK) & ~MASK;
        byte[] temp = new byte[span];
        readFully(base, HEADER_LENGTH + start, ByteBuffer.wrap(temp));
        cipher.decrypt(start / BLOCK, temp, 0, span / BLOCK);
        dst.put(temp, skip, len);
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsAes cipher = xts();
        int len = src.remaining();
        long start = position & ~(long) MASK;
        int skip = (int) (position - start);
        int span = (skip + len + MASK) & ~MASK;
        byte[] crypt = new byte[span];
        if (skip != 0 || (len & MASK) != 0) {
            // A partial block: read what is there, so the rest of the block is kept.
            long available = (size - start + MASK) & ~(long) MASK;
            int existing = (int) Math.max(0, Math.min(span, available));
            if (existing > 0) {
                readFully(base, HEADER_LENGTH + start, ByteBuffer.wrap(crypt, 0, existing));
                cipher.decrypt(start / BLOCK, crypt, 0, existing / BLOCK);
            }
        }
        src.get(crypt, skip, len);
        cipher.encrypt(start / BLOCK, crypt, 0, span / BLOCK);
        writeFully(base, HEADER_LENGTH + start, ByteBuffer.wrap(crypt));
        long end = position + len;
        synchronized (this) {
            size = Math.max(size, end);
            int partial = (int) (size & MASK);
            if (partial > 0 && end == size) {
                // H2's marker for a size that is not whole blocks: that many bytes after the last block.
                writeFully(base, HEADER_LENGTH + start + span, ByteBuffer.allocate(partial));
            }
        }
        return len;
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
