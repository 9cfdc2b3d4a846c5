package app.caravan.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system for disk-full tests: a tmpfs of a few MiB mounted on a test folder
 * (needs root with CAP_SYS_ADMIN, as in CI containers; elsewhere the test is skipped and says
 * why). A ballast file takes all but the wanted free space, so the app's own writes hit ENOSPC
 * exactly as on a full USB stick.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path ballast;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.ballast = mountPoint.resolve("ballast.bin");
    }

    /** Mounts a tmpfs of {@code mib} MiB on {@code mountPoint}, or aborts the test with the reason. */
    public static SmallDisk mount(Path mountPoint, int mib) throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"),
                "a size-limited tmpfs needs Linux");
        Files.createDirectories(mountPoint);
        String out = run("mount", "-t", "tmpfs", "-o", "size=" + mib + "m,mode=700", "caravan-test", mountPoint.toString());
        Assumptions.assumeTrue(out == null, "cannot mount a size-limited tmpfs here (needs root with "
                + "CAP_SYS_ADMIN): " + out);
        return new SmallDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    public long free() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Fills the disk with a ballast file until only about {@code bytes} are left. */
    public void leaveFree(long bytes) throws IOException {
        Files.deleteIfExists(ballast);
        long fill = free() - bytes;
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            for (long written = 0; written < fill; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, fill - written));
            }
        } catch (IOException e) {
            // Exactly full is fine too.
        }
    }

    /** Frees the ballast: the user made room. */
    public void makeRoom() throws IOException {
        Files.deleteIfExists(ballast);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String out = run("umount", "-l", mountPoint.toString());
        if (out != null) {
            throw new IOException("could not unmount the test tmpfs " + mountPoint + ": " + out);
        }
    }

    /** Runs a command; null when it succeeded, else its output and exit code. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return p.exitValue() == 0 ? null
                : new String(output, StandardCharsets.UTF_8).strip() + " (exit " + p.exitValue() + ")";
    }
}
