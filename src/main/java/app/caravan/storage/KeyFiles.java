package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Durable, atomic replacement of the key file: temp file, fsync, rename, fsync the folder. */
final class KeyFiles {
    private KeyFiles() {
    }

    static void writeAtomically(Path dir, KeyFile keyFile) throws VaultException {
        Path target = VaultPaths.keyFile(dir);
        Path temp = dir.resolve(VaultPaths.KEY_FILE + ".new");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(keyFile.toJson());
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
            throw new VaultException(Kind.IO, target, "Cannot write the key file " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes the rename itself durable. Not possible on every OS (Windows); there it is skipped. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // directories cannot be opened for sync on this platform
        }
    }
}
