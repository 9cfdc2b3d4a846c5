package app.caravan.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline the search index must beat: {@code grep -ci} over the plaintext of the same
 * corpus (one interview per line, so a count is a number of interviews). Grep cannot fold
 * scripts or inflections, so each query gets the alternatives that make it find the same.
 */
final class GrepBaseline {
    private final List<Path> files;

    GrepBaseline(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** True when a {@code grep} binary can be run. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("grep", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One run of {@code grep -ci -e P1 -e P2 … FILES}: how many lines matched and how long it took. */
    record Run(long matches, long nanos) {
    }

    Run run(List<String> patterns) throws IOException {
        List<String> command = new ArrayList<>(List.of("grep", "-c", "-i", "-h"));
        for (String pattern : patterns) {
            command.add("-e");
            command.add(pattern);
        }
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Case-insensitive Cyrillic needs a UTF-8 locale.
        builder.environment().put("LC_ALL", "C.UTF-8");
        long start = System.nanoTime();
        Process process = builder.start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            int exit = process.waitFor();
            long nanos = System.nanoTime() - start;
            if (exit > 1) {
                throw new IOException("grep failed with exit status " + exit + " for " + patterns);
            }
            long matches = 0;
            for (String line : out.split("\\R")) {
                if (!line.isBlank()) {
                    matches += Long.parseLong(line.strip());
                }
            }
            return new Run(matches, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while grep ran", e);
        }
    }
}
