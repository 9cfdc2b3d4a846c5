package app.caravan.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Vault files are for their owner only: other accounts on a shared laptop cannot even copy the
 * encrypted database or the wrapped key for offline guessing. On file systems without POSIX
 * permissions (Windows) the user profile folder already provides this.
 */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static void restrict(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
}
