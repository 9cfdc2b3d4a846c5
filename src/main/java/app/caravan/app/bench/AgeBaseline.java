package app.caravan.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The baseline sealing is compared with: the {@code age} command line encrypting as many bytes to
 * the same recipient. Its input is random bytes written for the purpose, never interview data.
 */
final class AgeBaseline {
    private AgeBaseline() {
    }

    /** The version {@code age --version} prints, or empty when there is no {@code age} to run. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder("age", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Writes {@code size} random bytes to {@code file} (seeded: the same size gives the same file). */
    static void randomFile(Path file, long size) throws IOException {
        byte[] buffer = new byte[1 << 20];
        Random random = new Random(size);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= buffer.length) {
                random.nextBytes(buffer);
                out.write(buffer, 0, (int) Math.min(buffer.length, left));
            }
        }
    }

    /** Wall time of {@code age -r RECIPIENT -o /dev/null FILE}, the process start included, as for any user. */
    static long encrypt(String recipient, Path file) throws IOException {
        List<String> command = List.of("age", "-r", recipient, "-o", "/dev/null", file.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            int exit = process.waitFor();
            long nanos = System.nanoTime() - start;
            if (exit != 0) {
                throw new IOException("age -r " + recipient + " failed on " + file + " with exit status " + exit
                        + ": " + out);
            }
            return nanos;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while age encrypted " + file, e);
        }
    }
}
