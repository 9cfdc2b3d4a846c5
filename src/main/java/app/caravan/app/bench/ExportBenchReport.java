package app.caravan.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one {@link ExportBench} run and their printed form. */
public final class ExportBenchReport {
    /** One file of the export and its size. */
    record FileFigures(String name, long bytes) {
    }

    final WarmedRun.Options options;
    long corpusChars;
    long buildNanos;
    long baselineNanos;
    long baselineBytes;
    long exportNanos;
    long readNanos;
    long deidentifiedNanos;
    long writeNanos;
    final List<FileFigures> files = new ArrayList<>();
    long finishNanos;
    long kAnonymityNanos;
    long exportBytes;
    int participants;
    int suppressed;
    int replacements;
    Map<String, Integer> replacementsByCategory = Map.of();

    ExportBenchReport(WarmedRun.Options options) {
        this.options = options;
    }

    public int interviews() {
        return options.interviews();
    }

    public int participants() {
        return participants;
    }

    /** The whole export's time over the plain dump's. */
    public double ratio() {
        return baselineNanos <= 0 ? Double.NaN : (double) exportNanos / baselineNanos;
    }

    /** The target scaled to this many interviews: 15 s per 10,000. */
    public double targetSeconds() {
        return ExportBench.TARGET_SECONDS_PER_10K * interviews() / 10_000.0;
    }

    public boolean targetMet() {
        return seconds(exportNanos) < targetSeconds();
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "caravan bench export: %,d synthetic interviews (seed %d), %.1f M characters"
                + " of transcript, names and contacts in text and identity%s", interviews(), options.seed(),
                corpusChars / 1e6, options.warmUp() ? String.format(Locale.ROOT, "; after a warm-up run of %,d",
                        ExportBench.warmUpSize(interviews())) : ""));
        out.add(String.format(Locale.ROOT, "vault built (import + index): %.1f s", seconds(buildNanos)));
        out.add(String.format(Locale.ROOT, "  %-52s %9s %11s %13s", "stage", "s", "MB", "interviews/s"));
        out.add(row("anonymized export (every format, k = 5, all QIs)", exportNanos, exportBytes));
        // de-identification runs on the other cores while the vault is read
        out.add(row("  vault read + consent filter, de-identifying too", readNanos, -1));
        out.add(row("  k-anonymity, de-identification left (all cores)", deidentifiedNanos, -1));
        out.add(row("  every file at once (a thread each, qdpx on all cores)", writeNanos, -1));
        for (FileFigures f : files) {
            out.add(String.format(Locale.ROOT, "  %-52s %9s %11.1f", "    " + f.name(), "", f.bytes() / 1e6));
        }
        out.add(row("  fsync + rename", finishNanos, -1));
        out.add(row("  (k-anonymity alone, run again on the same records)", kAnonymityNanos, -1));
        out.add(row("plain CSV dump (vault read + RFC 4180, same folder kind)", baselineNanos, baselineBytes));
        out.add(String.format(Locale.ROOT, "dataset: %,d participants, %,d suppressed, %,d text replacements (%s)",
                participants, suppressed, replacements, String.join(", ", replacementsByCategory.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).toList())));
        out.add(String.format(Locale.ROOT, "export/plain dump: %.2f×", ratio()));
        out.add(String.format(Locale.ROOT, "export: %.1f s for %,d (target < %.1f s, i.e. 15 s per 10,000): %s",
                seconds(exportNanos), interviews(), targetSeconds(), targetMet() ? "met" : "MISSED"));
        return out;
    }

    private String row(String stage, long nanos, long bytes) {
        return String.format(Locale.ROOT, "  %-52s %9.2f %11s %13s", stage, seconds(nanos),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.1f", bytes / 1e6),
                String.format(Locale.ROOT, "%,.0f", nanos <= 0 ? Double.NaN : interviews() / seconds(nanos)));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
