package app.caravan.exchange;

import app.caravan.domain.Problem;
import app.caravan.exchange.DeliveryException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A folder: a USB stick, or a folder that Syncthing or Nextcloud carries to the desk. The bundle
 * is written as {@code NAME.part}, forced to the device, read back and checked, and then renamed
 * atomically, so a desk watching the folder never sees a half-written {@code .age} file. Folders
 * of a nested name are created inside the target; the target folder itself never is.
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
        Path target = resolve(RelativePath.file(finalName));
        requireMounted();
        Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY_SUFFIX);
        try {
            Path created = createParents(target.getParent());
            if (Files.exists(target)) {
                return alreadyThere(target, size, sha256);
            }
            write(temporary, content, progress);
            Digests.Summary written;
            try (InputStream in = Files.newInputStream(temporary)) {
                written = Digests.summarize(in);
            }
            if (!written.matches(size, sha256)) {
                throw new DeliveryException(Kind.FAILED, Problem.of("delivery.readsBack", label(),
                        temporary.getFileName(), written.size(), size));
            }
            move(temporary, target);
            syncFolders(target.getParent(), created);
            return Result.DELIVERED;
        } catch (IOException e) {
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.failed", label(),
                    Problem.of("folder.doing.write", finalName), e.getMessage()), e);
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
        throw new DeliveryException(Kind.FAILED, Problem.of("delivery.different", label(), target.getFileName()));
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

    /**
     * Makes the rename, and the folders created for it, durable where the platform allows opening a
     * directory (Linux, macOS): {@code parent} and, up to {@code created}'s parent, each folder above.
     */
    private void syncFolders(Path parent, Path created) {
        Path stop = created == null ? parent : created.getParent();
        for (Path dir = parent; dir != null; dir = dir.getParent()) {
            syncFolder(dir);
            if (dir.equals(stop)) {
                break;
            }
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is journaled by NTFS.
        }
    }

    /** The topmost folder it had to create for {@code parent}, or null when it existed. */
    private Path createParents(Path parent) throws IOException {
        Path missing = null;
        for (Path dir = parent; !dir.equals(folder) && !Files.isDirectory(dir); dir = dir.getParent()) {
            missing = dir;
        }
        if (missing != null) {
            Files.createDirectories(parent);
        }
        return missing;
    }

    @Override
    public boolean reachable() {
        try {
            return Files.isDirectory(folder);
        } catch (SecurityException e) {
            return false;
        }
    }

    @Override
    public List<String> list(String path) throws DeliveryException {
        Path dir = resolve(RelativePath.folder(path));
        requireMounted();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".age") && RelativePath.isSegment(name) && Files.isRegularFile(entry)) {
                    names.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.failed", label(),
                    Problem.of("webdav.doing.list", shown(path)), e.getMessage()), e);
        }
        names.sort(null);
        return names;
    }

    @Override
    public InputStream fetch(String path) throws DeliveryException {
        Path file = resolve(RelativePath.file(path));
        requireMounted();
        try {
            if (!Files.isRegularFile(file)) {
                throw new DeliveryException(Kind.FAILED, Problem.of("delivery.missing", label(), path));
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new DeliveryException(Kind.FAILED, Problem.of("delivery.unreadable", label(), path,
                    e.getMessage()), e);
        }
    }

    private Path resolve(List<String> segments) {
        Path resolved = folder;
        for (String segment : segments) {
            resolved = resolved.resolve(segment);
        }
        return resolved;
    }

    private void requireMounted() throws DeliveryException {
        if (!Files.isDirectory(folder)) {
            // Not created: a missing folder usually means an unplugged stick, not a typo to paper over.
            throw new DeliveryException(Kind.UNREACHABLE, Problem.of("delivery.notMounted", label()));
        }
    }

    static String shown(String folder) {
        return folder.isEmpty() ? "the top folder" : "the folder " + folder;
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Overwritten by the next attempt (TRUNCATE_EXISTING); nothing to report here.
        }
    }
}
