package app.caravan.storage;

import app.caravan.crypto.AesGcm;
import app.caravan.storage.VaultException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Crypto-erase of a vault: the key file is overwritten with random bytes, synced and deleted,
 * so the database, encrypted under the data key only that file holds, can no longer be
 * decrypted; then the database and every other file Caravan writes in the folder are deleted.
 *
 * <p>Overwriting cannot reach copies a journaling file system or an SSD's wear levelling keeps;
 * deleting every copy of the key file is what the erase rests on, and these hold only the
 * wrapped key, which still needs the passphrase.
 */
public final class VaultEraser {
    private VaultEraser() {
    }

    /**
     * Destroys the vault in {@code directory}, which must not be open anywhere. Returns the files
     * left in the folder that Caravan did not write (they are not touched); the folder itself is
     * removed when nothing is left in it.
     */
    public static List<Path> destroy(Path directory) throws VaultException {
        Path dir = VaultPaths.checked(directory);
        if (!Files.isDirectory(dir) || !Files.exists(VaultPaths.keyFile(dir))
                && !Files.exists(dir.resolve(VaultPaths.DATABASE_FILE))) {
            throw new VaultException(Kind.NOT_A_VAULT, dir, "There is no vault in " + dir);
        }
        return erase(dir, Vault.VaultLock.acquire(dir));
    }

    /** Erases while holding the vault's lock, and releases it. */
    static List<Path> erase(Path dir, Vault.VaultLock lock) throws VaultException {
        try {
            shred(VaultPaths.keyFile(dir));
            shred(dir.resolve(VaultPaths.KEY_FILE + ".new"));
            AtomicFiles.syncDirectory(dir);
            for (Path file : list(dir)) {
                String name = file.getFileName().toString();
                if (ours(name) && !name.equals(VaultPaths.LOCK_FILE)) {
                    delete(file);
                }
            }
        } finally {
            lock.release();
        }
        delete(dir.resolve(VaultPaths.LOCK_FILE));
        List<Path> left = list(dir);
        if (left.isEmpty()) {
            delete(dir);
        } else {
            AtomicFiles.syncDirectory(dir);
        }
        return left;
    }

    /**
     * The database and its H2 side files ({@code caravan.*}), staged bundles
     * ({@code .caravan-*.tmp}), and the key, lock and guard files with their temporaries.
     */
    private static boolean ours(String name) {
        return name.startsWith(VaultPaths.DATABASE + ".") || name.startsWith(".caravan-")
                || name.startsWith("vault.key") || name.startsWith("vault.lock") || name.startsWith("vault.guard");
    }

    /** Overwrites the whole file with random bytes, syncs, deletes. A missing file is fine. */
    private static void shred(Path file) throws VaultException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = Math.max(channel.size(), 1);
            for (long written = 0; written < size; ) {
                ByteBuffer noise = ByteBuffer.wrap(AesGcm.randomBytes((int) Math.min(4096, size - written)));
                while (noise.hasRemaining()) {
                    written += channel.write(noise, written);
                }
            }
            channel.force(true);
        } catch (IOException e) {
            throw new VaultException(Kind.IO, file, "Cannot overwrite the key file " + file + ": " + e.getMessage(), e);
        }
        delete(file);
    }

    private static void delete(Path file) throws VaultException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new VaultException(Kind.IO, file, "Cannot delete " + file + " while destroying the vault: "
                    + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) throws VaultException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new VaultException(Kind.IO, dir, "Cannot list the vault folder " + dir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
