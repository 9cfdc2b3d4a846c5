package app.caravan.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a fuzz run shares: how many inputs ({@code -Dcaravan.fuzz.inputs}, 300 by default, the
 * torture profile sets 10,000), the run's seed ({@code -Dcaravan.fuzz.seed}), replaying one input
 * ({@code -Dcaravan.fuzz.index}), the corpus on the class path, the one-line message rules, the
 * failures (each with seed and index, its input saved under target/fuzz-failures to be checked in
 * as a regression) and a tally of the refusals by reason.
 */
public final class FuzzCampaign {
    private static final int MAX_MESSAGE = 1_000;
    private static final String[] INTERNALS = {"Exception", "java.", "javax.", "com.fasterxml", "org.h2", "\tat ",
        "null:", ": null"};

    public final String kind;
    public final long seed = Long.getLong("caravan.fuzz.seed", System.nanoTime());
    public final int inputs = Integer.getInteger("caravan.fuzz.inputs", 300);
    private final Integer only = Integer.getInteger("caravan.fuzz.index");
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> reasons = new TreeMap<>();
    private final long started = System.nanoTime();
    private int accepted;

    public FuzzCampaign(String kind) {
        this.kind = kind;
    }

    /** The indexes to run: all of them, or the one being replayed. */
    public int from() {
        return only == null ? 0 : only;
    }

    public int to() {
        return only == null ? inputs : only + 1;
    }

    /** The random source of input {@code index}: the same seed and index make the same input. */
    public SplittableRandom random(int index) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** Files under {@code fuzz/<folder>} on the test class path whose names end with {@code suffix}, sorted. */
    public static List<Path> corpus(String folder, String suffix) {
        java.net.URL url = FuzzCampaign.class.getResource("/fuzz/" + folder);
        if (url == null) {
            return List.of();
        }
        try {
            Path dir = Path.of(url.toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the fuzz corpus fuzz/" + folder + " is not on the class path", e);
        }
    }

    /** Why {@code message} is not one clear line, or null when it is. */
    public static String unclear(String message, String mustStartWith) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            return "more than one line";
        }
        if (message.length() > MAX_MESSAGE) {
            return "longer than " + MAX_MESSAGE + " characters (" + message.length() + ")";
        }
        for (String internal : INTERNALS) {
            if (message.contains(internal)) {
                return "shows internals (" + internal.strip() + ")";
            }
        }
        if (mustStartWith != null && !message.startsWith(mustStartWith)) {
            return "does not start with '" + mustStartWith + "'";
        }
        return null;
    }

    public void accepted() {
        accepted++;
    }

    public void refused(String reason) {
        reasons.merge(reason, 1, Integer::sum);
    }

    /** Records a failure with what is needed to replay it and keeps the input for a regression file. */
    public void fail(int index, String how, String what, byte[] input, String extension) {
        Path saved = Path.of("target", "fuzz-failures", kind + "-" + seed + "-" + index + extension);
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException e) {
            saved = null;
        }
        failures.add(kind + " input #" + index + " (seed " + seed + ", replay: -Dcaravan.fuzz.seed=" + seed
                + " -Dcaravan.fuzz.index=" + index + ", saved as " + saved + ") made by [" + abbreviate(how) + "]: "
                + what);
    }

    public List<String> failures() {
        return failures;
    }

    public String summary() {
        int done = to() - from();
        return String.format("%s fuzz: %d inputs in %.1f s (%.1f ms each), seed %d, %d accepted, %d refused, %d failures;"
                + " refusals by reason: %s", kind, done, (System.nanoTime() - started) / 1e9,
                (System.nanoTime() - started) / 1e6 / Math.max(1, done), seed, accepted,
                reasons.values().stream().mapToInt(Integer::intValue).sum(), failures.size(), reasons);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
