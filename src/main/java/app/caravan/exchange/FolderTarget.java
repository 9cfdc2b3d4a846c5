package app.caravan.exchange;

import app.caravan.exchange.DeliveryException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * A folder: a USB stick, or a folder that Syncthing or Nextcloud carries to the desk. The bundle
 * is written as {@code NAME.part}, forced to the device, read back and checked, and then renamed
 * atomically, so a desk watching the folder never sees a half-written {@code .age} file.
 */
public final class FolderTarget implements DeliveryTarget {
    static final String TEMPORARY_SUFFIX = ".part";

    private final Path folder;

    public FolderTarget(Path folder) {
        this.folder = folder;
    }

    @Override
    public String label() {
        return "folder " + folder;
    }

    @Override
    public Result deliver(String finalName, long size, String sha256, Content content, LongConsumer progress)
            throws DeliveryException {
        if (!Files.isDirectory(folder)) {
            // Not created: a missing folder usually means an unplugged stick, not a typo to paper over.
            throw new DeliveryException(Kind.UNREACHABLE, label() + ": the folder does not exist or is not mounted");
        }
        Path target = folder.resolve(finalName);
        Path temporary = folder.resolve(finalName + TEMPORARY_SUFFIX);
        try {
            if (Files.exists(target)) {
                return alreadyThere(target, size, sha256);
            }
            write(temporary, content, progress);
            Digests.Summary written;
            try (InputStream in = Files.newInputStream(temporary)) {
                written = Digests.summarize(in);
            }
            if (!written.matches(size, sha256)) {
                throw new DeliveryException(Kind.FAILED, label() + ": " + temporary.getFileName() + " reads back as "
                        + written.size() + " bytes with a different content than the " + size + " bytes written");
            }
            move(temporary, target);
            syncFolder();
            return Result.DELIVERED;
        } catch (IOException e) {
            throw new DeliveryException(Kind.FAILED, label() + ": writing " + finalName + " failed: " + e.getMessage(),
                    e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private Result alreadyThere(Path target, long size, String sha256) throws IOException, DeliveryException {
        try (InputStream in = Files.newInputStream(target)) {
            if (Digests.summarize(in).matches(size, sha256)) {
                return Result.ALREADY_THERE;
            }
        }
        throw new DeliveryException(Kind.FAILED, label() + ": " + target.getFileName()
                + " already exists with a different content; it was left untouched");
    }

    private static void write(Path temporary, Content content, LongConsumer progress) throws IOException {
        try (InputStream in = content.open();
                FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                total += n;
                progress.accept(total);
            }
            out.force(true);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some FAT/exFAT and network mounts: a plain rename within one folder is still all-or-nothing enough.
            Files.move(temporary, target);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (Linux, macOS). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is journaled by NTFS.
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Overwritten by the next attempt (TRUNCATE_EXISTING); nothing to report here.
        }
    }
}
