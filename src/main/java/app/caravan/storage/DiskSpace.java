package app.caravan.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space where the vault lives, for telling "disk full" apart from other write errors. */
final class DiskSpace {
    /** Below this, a failed write is blamed on the full disk: H2 grows its file in chunks of this order. */
    static final long LOW = 4L * 1024 * 1024;

    private DiskSpace() {
    }

    /** Usable bytes on the file system holding {@code path}, or -1 when it cannot be asked. */
    static long usable(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
