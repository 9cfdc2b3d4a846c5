package app.caravan.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the bundle and export benchmarks run: in an owner-only temp folder, first (unless told
 * not to) an unreported warm-up on a smaller corpus so the JIT is warm, then the measured run;
 * the folder and every vault in it are deleted afterwards, whatever happens.
 */
public final class WarmedRun {
    /** What to run; {@code warmUp} first runs the whole path on a smaller corpus, unreported. */
    public record Options(int interviews, long seed, boolean warmUp) {
        public Options {
            if (interviews < 1) {
                throw new IllegalArgumentException("--interviews must be at least 1, not " + interviews);
            }
        }
    }

    /** One measured pass into a report, with its vaults under {@code dir}. */
    @FunctionalInterface
    interface Measure<R> {
        void into(R report, Path dir, Consumer<String> progress) throws IOException;
    }

    private WarmedRun() {
    }

    static <R> R run(Options options, int warmUpSize, Function<Options, R> newReport, Measure<R> measure,
            Consumer<String> progress) throws IOException {
        Path dir = SearchBench.ownerOnlyTempDirectory();
        try {
            if (options.warmUp()) {
                progress.accept("warm-up: " + warmUpSize + " interviews, not reported");
                measure.into(newReport.apply(new Options(warmUpSize, options.seed(), false)), dir.resolve("warm-up"),
                        line -> { });
                SearchBench.deleteRecursively(dir.resolve("warm-up"));
            }
            R report = newReport.apply(options);
            measure.into(report, dir.resolve("run"), progress);
            return report;
        } finally {
            SearchBench.deleteRecursively(dir);
        }
    }
}
