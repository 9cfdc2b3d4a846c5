package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import java.io.IOException;
import java.nio.file.Path;

/** Durable, atomic replacement of the key file: temp file, fsync, rename, fsync the folder. */
final class KeyFiles {
    private KeyFiles() {
    }

    static void writeAtomically(Path dir, KeyFile keyFile) throws VaultException {
        Path target = VaultPaths.keyFile(dir);
        try {
            AtomicFiles.replace(dir, VaultPaths.KEY_FILE, keyFile.toJson());
        } catch (IOException e) {
            throw new VaultException(Kind.IO, target, "Cannot write the key file " + target + ": " + e.getMessage(), e);
        }
    }
}
