package app.caravan.anonymize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * A zip, byte for byte as {@link ZipOutputStream} with UTF-8 names writes DEFLATED entries that all
 * carry one {@link ZipEntry#setLastModifiedTime last-modified time} (a data descriptor after each
 * entry, the info-zip time field, zip64 records where that class writes them), except that an
 * entry may be deflated beforehand, on any thread, with {@link #deflate}. A {@code project.qdpx}
 * is mostly transcripts; deflating them one after another at the end of an export kept one core
 * busy for seconds while the other had nothing to do (ADR 0022).
 *
 * <p>Deflating is done the way {@code ZipOutputStream} does it (raw deflate at the same level, the
 * content handed over whole, then finished), which gives the same bytes; {@code DeflatedZipTest}
 * compares the two. Writing is not thread-safe; {@link #deflate} is.
 */
final class DeflatedZip implements AutoCloseable {
    private static final long MAGIC = 0xFFFFFFFFL;
    private static final int MAGIC_COUNT = 0xFFFF;
    private static final int VERSION = 20;
    private static final int ZIP64_VERSION = 45;
    /** Data descriptor (8) and UTF-8 names (0x800). */
    private static final int FLAG = 0x808;
    private static final int EXTENDED_TIME = 0x5455;
    private static final int NTFS_TIME = 0x000a;
    private static final int ZIP64 = 0x0001;
    private static final long UPPER_UNIX_TIME = 0x7fffffffL;
    private static final boolean INHIBIT_ZIP64 = Boolean.getBoolean("jdk.util.zip.inhibitZip64");

    /** One entry's content deflated: {@code length} bytes of {@code data}, and what the descriptor says. */
    record Deflated(byte[] data, int length, long crc, long size) {
    }

    private record Written(byte[] name, long offset, long crc, long compressed, long size) {
    }

    private final OutputStream out;
    private final int level;
    private final long dosTime;
    private final long unixTime;
    private final long windowsTime;
    private final Queue<Deflater> deflaters = new ConcurrentLinkedQueue<>();
    private final List<Written> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private long written;

    DeflatedZip(OutputStream out, FileTime modified, int level) {
        this.out = out;
        this.level = level;
        this.dosTime = dosTime(modified);
        this.unixTime = modified.to(TimeUnit.SECONDS);
        this.windowsTime = unixTime > UPPER_UNIX_TIME ? windowsTime(modified) : 0;
    }

    /**
     * The content deflated as {@code ZipOutputStream} deflates an entry written in one piece.
     * Thread-safe; the deflaters are reused.
     */
    Deflated deflate(byte[] content) {
        Deflater def = deflaters.poll();
        if (def == null) {
            def = new Deflater(level, true);
        }
        try {
            byte[] buf = new byte[Math.max(512, content.length / 2)];
            int n = 0;
            if (content.length > 0) {
                def.setInput(content, 0, content.length);
                while (!def.needsInput()) {
                    buf = room(buf, n);
                    n += def.deflate(buf, n, buf.length - n);
                }
            }
            def.finish();
            while (!def.finished()) {
                buf = room(buf, n);
                n += def.deflate(buf, n, buf.length - n);
            }
            CRC32 crc = new CRC32();
            crc.update(content, 0, content.length);
            return new Deflated(buf, n, crc.getValue(), def.getBytesRead());
        } finally {
            def.reset();
            deflaters.add(def);
        }
    }

    private static byte[] room(byte[] buf, int used) {
        return used < buf.length ? buf : Arrays.copyOf(buf, buf.length * 2);
    }

    /** Adds an entry deflated by {@link #deflate}. */
    void add(String name, Deflated content) throws IOException {
        long offset = local(name);
        out.write(content.data(), 0, content.length());
        written += content.length();
        descriptor(name, offset, content.crc(), content.length(), content.size());
    }

    /** Adds an entry deflated on the calling thread as it is written; closing the stream ends the entry. */
    OutputStream add(String name) throws IOException {
        long offset = local(name);
        Deflater def = new Deflater(level, true);
        CRC32 crc = new CRC32();
        byte[] buf = new byte[512];
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                def.setInput(b, off, len);
                while (!def.needsInput()) {
                    drain();
                }
                crc.update(b, off, len);
            }

            private void drain() throws IOException {
                int n = def.deflate(buf, 0, buf.length);
                if (n > 0) {
                    out.write(buf, 0, n);
                    written += n;
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    def.finish();
                    while (!def.finished()) {
                        drain();
                    }
                    descriptor(name, offset, crc.getValue(), def.getBytesWritten(), def.getBytesRead());
                } finally {
                    def.end();
                }
            }
        };
    }

    /** The central directory and its end records; the stream is left open. */
    void finish() throws IOException {
        long start = written;
        for (Written e : entries) {
            central(e);
        }
        end(start, written - start);
        out.flush();
    }

    @Override
    public void close() {
        for (Deflater def; (def = deflaters.poll()) != null; ) {
            def.end();
        }
    }

    private long local(String name) throws IOException {
        if (!names.add(name)) {
            throw new ZipException("duplicate entry: " + name);
        }
        long offset = written;
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int32(0x04034b50);
        int16(VERSION);
        int16(FLAG);
        int16(ZipEntry.DEFLATED);
        int32(dosTime);
        int32(0); // crc and sizes follow in the data descriptor
        int32(0);
        int32(0);
        int16(bytes.length);
        int16(ntfs() ? 36 : 9);
        bytes(bytes);
        time();
        return offset;
    }

    private void descriptor(String name, long offset, long crc, long compressed, long size) throws IOException {
        int32(0x08074b50);
        int32(crc);
        if (compressed >= MAGIC || size >= MAGIC) {
            int64(compressed);
            int64(size);
        } else {
            int32(compressed);
            int32(size);
        }
        entries.add(new Written(name.getBytes(StandardCharsets.UTF_8), offset, crc, compressed, size));
    }

    private void central(Written e) throws IOException {
        int zip64 = (e.compressed() >= MAGIC ? 8 : 0) + (e.size() >= MAGIC ? 8 : 0) + (e.offset() >= MAGIC ? 8 : 0);
        int32(0x02014b50);
        int16(zip64 > 0 ? ZIP64_VERSION : VERSION); // made by
        int16(zip64 > 0 ? ZIP64_VERSION : VERSION); // needed to extract
        int16(FLAG);
        int16(ZipEntry.DEFLATED);
        int32(dosTime);
        int32(e.crc());
        int32(Math.min(e.compressed(), MAGIC));
        int32(Math.min(e.size(), MAGIC));
        int16(e.name().length);
        int16((zip64 > 0 ? zip64 + 4 : 0) + (ntfs() ? 36 : 9));
        int16(0); // comment
        int16(0); // disk
        int16(0); // internal attributes
        int32(0); // external attributes
        int32(Math.min(e.offset(), MAGIC));
        bytes(e.name());
        if (zip64 > 0) {
            int16(ZIP64);
            int16(zip64);
            if (e.size() >= MAGIC) {
                int64(e.size());
            }
            if (e.compressed() >= MAGIC) {
                int64(e.compressed());
            }
            if (e.offset() >= MAGIC) {
                int64(e.offset());
            }
        }
        time();
    }

    private void end(long offset, long length) throws IOException {
        boolean zip64 = length >= MAGIC || offset >= MAGIC || (entries.size() >= MAGIC_COUNT && !INHIBIT_ZIP64);
        int count = zip64 && entries.size() >= MAGIC_COUNT ? MAGIC_COUNT : entries.size();
        if (zip64) {
            long record = written;
            int32(0x06064b50);
            int64(56 - 12);
            int16(ZIP64_VERSION);
            int16(ZIP64_VERSION);
            int32(0);
            int32(0);
            int64(entries.size());
            int64(entries.size());
            int64(length);
            int64(offset);
            int32(0x07064b50);
            int32(0);
            int64(record);
            int32(1);
        }
        int32(0x06054b50);
        int16(0);
        int16(0);
        int16(count);
        int16(count);
        int32(Math.min(length, MAGIC));
        int32(Math.min(offset, MAGIC));
        int16(0); // comment
    }

    private boolean ntfs() {
        return unixTime > UPPER_UNIX_TIME;
    }

    /**
     * The info-zip extended time (modification time only, so the same in the local and the central
     * header), or past 2038 the NTFS time field, as ZipOutputStream picks.
     */
    private void time() throws IOException {
        if (ntfs()) {
            int16(NTFS_TIME);
            int16(32);
            int32(0);
            int16(1);
            int16(24);
            int64(windowsTime);
            int64(Long.MIN_VALUE); // access and creation time: not available
            int64(Long.MIN_VALUE);
        } else {
            int16(EXTENDED_TIME);
            int16(5);
            out.write(1); // flag: modification time
            written++;
            int32(unixTime);
        }
    }

    /**
     * The DOS date and time field exactly as {@link ZipOutputStream} writes it (local time zone,
     * two-second steps, its bounds), taken from the local header it writes for an empty entry.
     */
    static long dosTime(FileTime modified) {
        ByteArrayOutputStream probe = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(probe)) {
            ZipEntry e = new ZipEntry("t");
            e.setLastModifiedTime(modified);
            zip.putNextEntry(e);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("a zip in memory cannot fail", e);
        }
        byte[] b = probe.toByteArray();
        return (b[10] & 0xffL) | (b[11] & 0xffL) << 8 | (b[12] & 0xffL) << 16 | (b[13] & 0xffL) << 24;
    }

    /** 100 ns ticks since 1601, as the NTFS field holds them. */
    private static long windowsTime(FileTime t) {
        return (t.to(TimeUnit.MICROSECONDS) + 11_644_473_600_000_000L) * 10;
    }

    private void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }

    private void int16(int v) throws IOException {
        out.write(v & 0xff);
        out.write(v >>> 8 & 0xff);
        written += 2;
    }

    private void int32(long v) throws IOException {
        out.write((int) (v & 0xff));
        out.write((int) (v >>> 8 & 0xff));
        out.write((int) (v >>> 16 & 0xff));
        out.write((int) (v >>> 24 & 0xff));
        written += 4;
    }

    private void int64(long v) throws IOException {
        int32(v & MAGIC);
        int32(v >>> 32);
    }
}
