package app.caravan.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Durable, atomic replacement of a small file in the vault folder: temp file, fsync, rename,
 * fsync the folder. A crash leaves the old file or the new one, never a torn one.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void replace(Path dir, String name, byte[] bytes) throws IOException {
        Path target = dir.resolve(name);
        Path temp = dir.resolve(name + ".new");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            OwnerOnly.restrict(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    /** Makes a rename or delete itself durable. Not possible on every OS (Windows); there it is skipped. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // directories cannot be opened for sync on this platform
        }
    }
}
