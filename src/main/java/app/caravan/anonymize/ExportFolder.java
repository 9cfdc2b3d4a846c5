package app.caravan.anonymize;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts an export on disk all or nothing. Files go into a hidden sibling {@code .<name>.part-<random>},
 * each fsynced, then the folder is renamed to its final name: a reader never sees half an export,
 * and a crash leaves only the hidden folder. {@link #seal} packs an export into an age-encrypted
 * zip the same way.
 *
 * <p>Cancellation: the calling thread's interrupt flag is checked before the files and after each
 * (the folder's files are written at the same time, each on its own thread, which an interrupt of
 * the caller stops); an interrupted export throws {@link InterruptedIOException} and leaves nothing
 * behind.
 */
public final class ExportFolder {
    /** Suffix of a sealed export: {@code <name>.zip.age}. */
    public static final String SEALED_SUFFIX = ".zip.age";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Fixed entry time, so the same files seal to the same zip (and no clock leaks into it). */
    private static final long ZIP_TIME = 315532800000L + 86_400_000L;

    private ExportFolder() {
    }

    /** Called after each file with (files done, files in all). */
    public interface Progress extends BiConsumer<Integer, Integer> {
        Progress NONE = (done, total) -> { };
    }

    /**
     * Writes {@code files} into the new folder {@code target}.
     *
     * @return {@code target}
     * @throws FileAlreadyExistsException when {@code target} exists and is not an empty folder
     * @throws InterruptedIOException when the thread was interrupted (cancelled); nothing was written
     * @throws IOException when a file cannot be written; {@code target} is untouched and the temp folder gone
     */
    public static Path write(Path target, List<DatasetFile> files, Progress progress) throws IOException {
        Path final_ = target.toAbsolutePath().normalize();
        Path parent = final_.getParent();
        if (parent == null) {
            throw new IOException("The export folder cannot be the file system root: " + target);
        }
        checkNames(files);
        refuseExisting(final_);
        Files.createDirectories(parent);
        Path temp = Files.createDirectory(parent.resolve("." + final_.getFileName() + ".part-" + suffix()));
        // One thread per file: the files are independent, and the big ones (project.qdpx,
        // interviews.jsonl) each keep a core busy for a while (ADR 0022).
        ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, files.size()), ExportFolder::writer);
        try {
            cancelled();
            CompletionService<Void> written = new ExecutorCompletionService<>(writers);
            for (DatasetFile file : files) {
                written.submit(() -> {
                    writeFile(temp.resolve(file.name()), file, final_);
                    return null;
                });
            }
            for (int done = 1; done <= files.size(); done++) {
                finished(written.take());
                progress.accept(done, files.size());
            }
            cancelled();
            syncFolder(temp);
            refuseExisting(final_);
            if (Files.isDirectory(final_)) {
                Files.delete(final_);
            }
            move(temp, final_);
            syncFolder(parent);
            return final_;
        } catch (InterruptedException e) {
            InterruptedIOException cancelled = new InterruptedIOException("The export was cancelled; nothing was written");
            stop(writers);
            deleteTree(temp, cancelled);
            throw cancelled;
        } catch (IOException | RuntimeException | Error e) {
            stop(writers);
            deleteTree(temp, e);
            throw e;
        } finally {
            writers.shutdownNow();
        }
    }

    private static void writeFile(Path path, DatasetFile file, Path export) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            file.write(unclosable(out));
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            throw failure("Writing " + file.name() + " of the export " + export + " failed", e);
        }
    }

    private static void finished(Future<Void> file) throws IOException {
        try {
            file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was cancelled; nothing was written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Stops the other writers and waits until they have, so that none creates a file in the temp
     * folder after it is deleted: an interrupt closes a writer's channel at its next write.
     */
    private static void stop(ExecutorService writers) {
        writers.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (writers.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread writer(Runnable r) {
        Thread t = new Thread(r, "caravan-export-write");
        t.setDaemon(true);
        return t;
    }

    /**
     * Zips every regular file under {@code folder} (paths sorted, under a top folder named like it)
     * and encrypts the zip with age to {@code recipients} into the new file {@code out}, through a
     * temp file and a rename.
     *
     * @return {@code out}
     * @throws FileAlreadyExistsException when {@code out} exists
     */
    public static Path seal(Path folder, List<AgeRecipient> recipients, Path out) throws IOException, AgeException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Cannot seal " + folder + ": it is not a folder");
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        List<String> entries = new ArrayList<>();
        for (Path p : paths) {
            entries.add(folder.relativize(p).toString().replace('\\', '/'));
        }
        List<DatasetFile> files = new ArrayList<>();
        entries.stream().sorted().forEach(entry -> files.add(DatasetFile.of(entry, o -> {
            try (InputStream in = Files.newInputStream(folder.resolve(entry))) {
                in.transferTo(o);
            }
        })));
        return seal(name, files, recipients, out);
    }

    /**
     * Like {@link #seal(Path, List, Path)}, straight from the files, so the plain export never
     * touches the disk. Entries are {@code name/<file>} in the given order.
     */
    public static Path seal(String name, List<DatasetFile> files, List<AgeRecipient> recipients, Path out)
            throws IOException, AgeException {
        checkEntries(name, files);
        Path final_ = out.toAbsolutePath().normalize();
        Path parent = final_.getParent();
        if (Files.exists(final_)) {
            throw new FileAlreadyExistsException(final_.toString(), null, "a sealed export is never overwritten;"
                    + " choose another name or remove the old file");
        }
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + final_.getFileName() + ".part-" + suffix());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                try (OutputStream sealed = Age.encrypt(unclosable(Channels.newOutputStream(channel)), recipients);
                        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(sealed, 64 * 1024))) {
                    for (DatasetFile file : files) {
                        cancelled();
                        ZipEntry entry = new ZipEntry(name + "/" + file.name());
                        entry.setTime(ZIP_TIME);
                        zip.putNextEntry(entry);
                        file.write(unclosable(zip));
                        zip.closeEntry();
                    }
                }
                channel.force(true);
            }
            if (Files.exists(final_)) {
                throw new FileAlreadyExistsException(final_.toString(), null, "appeared while sealing");
            }
            move(temp, final_);
            syncFolder(parent);
            return final_;
        } catch (ClosedByInterruptException e) {
            deleteTree(temp, e);
            throw cancellation(e);
        } catch (IOException | AgeException | RuntimeException | Error e) {
            deleteTree(temp, e);
            throw e;
        }
    }

    /** The conventional sealed file for an export folder: {@code <folder>.zip.age} beside it. */
    public static Path sealedPath(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return f.resolveSibling(f.getFileName() + SEALED_SUFFIX);
    }

    private static void checkNames(List<DatasetFile> files) {
        Set<String> names = new HashSet<>();
        for (DatasetFile file : files) {
            String n = file.name();
            if (n.isEmpty() || n.contains("/") || n.contains("\\") || n.equals(".") || n.equals("..")
                    || n.startsWith(".")) {
                throw new IllegalArgumentException("'" + n + "' is not a plain file name for an export file");
            }
            if (!names.add(n.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("the export has two files named '" + n + "'");
            }
        }
    }

    private static void checkEntries(String name, List<DatasetFile> files) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("'" + name + "' is not a plain folder name for a sealed export");
        }
        Set<String> names = new HashSet<>();
        for (DatasetFile file : files) {
            String n = file.name();
            boolean traversal = java.util.Arrays.stream(n.split("/", -1))
                    .anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."));
            if (traversal || n.contains("\\")) {
                throw new IllegalArgumentException("'" + n + "' is not a relative path for a sealed export entry");
            }
            if (!names.add(n)) {
                throw new IllegalArgumentException("the sealed export has two entries named '" + n + "'");
            }
        }
    }

    private static void refuseExisting(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (entries.iterator().hasNext()) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "the export folder exists and is not empty; choose a new or empty folder");
                }
            }
        } else if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "a file with the export folder's name exists");
        }
    }

    private static void cancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("The export was cancelled; nothing was written");
        }
    }

    private static IOException failure(String message, Exception cause) {
        if (cause instanceof InterruptedIOException || cause instanceof ClosedByInterruptException
                || Thread.currentThread().isInterrupted()) {
            return cancellation(cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IOException(message + ": " + detail, cause);
    }

    /** An interrupt closes a FileChannel under the writer; to the caller that is a cancellation. */
    private static InterruptedIOException cancellation(Exception cause) {
        if (cause instanceof InterruptedIOException interrupted) {
            return interrupted;
        }
        InterruptedIOException e = new InterruptedIOException("The export was cancelled; nothing was written");
        e.initCause(cause);
        return e;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // FAT/exFAT sticks and some network mounts: a plain rename in one folder is the best there is.
            Files.move(from, to);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is journaled by NTFS.
        }
    }

    private static void deleteTree(Path root, Throwable failure) {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return ParticipantIds.base32(bytes, 8).toLowerCase(java.util.Locale.ROOT);
    }

    /** Writers may close what they are given; the channel's owner closes it. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
