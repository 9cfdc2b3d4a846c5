package app.caravan.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one {@link AllBench} run: one table of rows, each with its target and whether it was met. */
public final class AllBenchReport {
    /** Whether a row met its target; NONE for figures without one, SKIPPED when it could not be measured. */
    public enum Status {
        MET("met"), MISSED("MISSED"), NONE(""), SKIPPED("skipped");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    public record Row(String what, String figure, String target, Status status) {
    }

    /** The machine the figures were measured on. */
    public record Machine(int cores, long memoryBytes, String os, String jdk) {
        static Machine current() {
            long memory = -1;
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                memory = os.getTotalMemorySize();
            }
            return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                            + System.getProperty("java.version"));
        }

        String describe() {
            return String.format(Locale.ROOT, "%d cores, %.1f GiB memory, %s, %s", cores, memoryBytes / (double) (1L << 30),
                    os, jdk);
        }
    }

    static final double SEARCH_P95_TARGET_MS = 100;
    static final double GREP_TARGET_RATIO = 10;
    static final double FILTER_TARGET_MS = 50;
    static final double LIBRARY_SHOWN_TARGET_MS = 1_000;
    static final long HEAP_TARGET_BYTES = 512L << 20;
    static final double KEYSTROKE_TARGET_MS = 16;

    final AllBench.Options options;
    Machine machine = Machine.current();
    long corpusChars;
    long buildNanos;
    long vaultBytes;
    BenchReport search;
    ExportBenchReport export;
    BundleBenchReport bundle;
    /** What the fresh JVM reported on unlock ({@link LibraryProbe}), or why there is nothing. */
    Map<String, Long> library = Map.of();
    String librarySkipped;
    String display = "";
    long[] appStartupMillis = new long[0];
    long[] bareStartupMillis = new long[0];
    String startupSkipped;
    Map<String, Long> fluidity = Map.of();
    String fluiditySkipped;

    AllBenchReport(AllBench.Options options) {
        this.options = options;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (startupSkipped != null) {
            rows.add(skipped("time to the unlock screen from process start", startupSkipped));
        } else {
            double app = median(appStartupMillis);
            double bare = median(bareStartupMillis);
            rows.add(new Row("time to the unlock screen from process start (median of " + appStartupMillis.length + ", "
                    + display + ")", String.format(Locale.ROOT, "%.2f s; a bare JavaFX window started the same way"
                    + " %.2f s: %.1f×", app / 1e3, bare / 1e3, app / bare), "", Status.NONE));
        }
        if (librarySkipped != null) {
            rows.add(skipped("unlock (Argon2id, production parameters)", librarySkipped));
            rows.add(skipped("library shown", librarySkipped));
            rows.add(skipped("heap and resident memory with the library open", librarySkipped));
        } else {
            rows.add(new Row("unlock (Argon2id 64 MiB, 4 passes, 1 lane; fresh JVM)", String.format(Locale.ROOT,
                    "Argon2id alone %.2f s (cold); opening the vault with it %.2f s", seconds(library.get("kdfNanos")),
                    seconds(library.get("unlockNanos"))), "slow on purpose", Status.NONE));
            double shown = millis(library.get("firstPageNanos"));
            rows.add(new Row("library shown (newest " + library.get("firstPageRows") + " rows, cold, fresh JVM)",
                    String.format(Locale.ROOT, "%.0f ms; the whole list of %,d %.0f ms", shown, library.get("listRows"),
                            millis(library.get("listNanos"))), "< 1 s", status(shown < LIBRARY_SHOWN_TARGET_MS)));
            long heap = library.get("heapUsedBytes");
            rows.add(new Row("heap and resident memory with the library open on " + String.format(Locale.ROOT, "%,d",
                    options.interviews()) + " (fresh JVM)", String.format(Locale.ROOT, "heap %.0f MiB live after GC,"
                    + " %.0f MiB peak (max %.0f MiB); resident %.0f MiB peak (VmHWM), %.0f MiB now", mib(heap),
                    mib(library.get("heapPeakBytes")), mib(library.get("heapMaxBytes")),
                    library.get("vmHwmKiB") / 1024.0, library.get("vmRssKiB") / 1024.0),
                    "live heap ≤ 512 MiB (at 100,000)", status(heap <= HEAP_TARGET_BYTES)));
        }
        rows.add(new Row("search, " + mix() + " (" + search.options.runs() + " timed runs each)",
                String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", search.searchP50Millis(), search.searchP95Millis()),
                "p95 < 100 ms", status(search.searchP95Millis() < SEARCH_P95_TARGET_MS)));
        rows.add(search.grepAvailable
                ? new Row("`grep -ci` over the same plaintext (median of " + search.grepRuns + ")",
                        String.format(Locale.ROOT, "%.0f× slower than search", search.grepRatio()), "≥ 10×",
                        status(search.grepRatio() >= GREP_TARGET_RATIO))
                : skipped("`grep -ci` baseline", "no grep on this system"));
        rows.add(new Row("filter (current city + theme + wave over the loaded list)", String.format(Locale.ROOT,
                "p95 %.2f ms, %,d shown", search.filterP95Millis(), search.filterMatches), "< 50 ms",
                status(search.filterP95Millis() < FILTER_TARGET_MS)));
        rows.add(new Row("anonymized export, every format (k = 5, all quasi-identifiers)", String.format(Locale.ROOT,
                "%.1f s, %,d participants; plain CSV dump %.1f s: %.1f×", seconds(export.exportNanos),
                export.participants, seconds(export.baselineNanos), export.ratio()),
                String.format(Locale.ROOT, "< %.1f s (15 s per 10,000)", export.targetSeconds()), status(export.targetMet())));
        rows.add(new Row("bundle seal (all interviews, one bundle)", String.format(Locale.ROOT,
                "%.1f s, %.1f MB, %.1f MB/s, %,.0f interviews/s%s", seconds(bundle.sealNanos), bundle.bundleBytes / 1e6,
                bundle.sealMegabytesPerSecond(), bundle.sealedInterviews / seconds(bundle.sealNanos),
                bundle.ageVersion == null ? "; age not installed: no comparison" : String.format(Locale.ROOT,
                        "; age %s CLI %.0f MB/s: encryption %.2f×, whole seal %.3f×", bundle.ageVersion,
                        bundle.ageMegabytesPerSecond(), bundle.encryptionRatio(), bundle.ageRatio())),
                "encryption ≥ 0.8× age", bundle.ageVersion == null ? Status.NONE
                        : status(bundle.encryptionRatio() >= BundleBench.AGE_TARGET)));
        double importTarget = options.interviews() / BundleBench.IMPORT_TARGET_PER_SECOND;
        rows.add(new Row("bundle import at a fresh desk vault", String.format(Locale.ROOT, "%.1f s, %,.0f interviews/s,"
                + " %,d imported%s", seconds(bundle.importNanos), bundle.importInterviewsPerSecond(), bundle.imported,
                bundle.importCpu == null ? "" : "; CPU by thread: " + bundle.importCpu),
                String.format(Locale.ROOT, "< %.1f s (10 s per 10,000)", importTarget),
                status(seconds(bundle.importNanos) < importTarget)));
        if (fluiditySkipped != null) {
            rows.add(skipped("keystroke in the transcript editor (200 KB, 1,000 segments)", fluiditySkipped));
        } else {
            // The target is one 60 Hz frame for the key's own work. The wait between the key and
            // the toolkit's next pulse (0-16.7 ms, set by JavaFX's frame pacing, whatever the app
            // does) is printed but not counted: a key whose work fits a frame shows in the next one.
            double p95 = Math.max(millis(fluidity.get("middleWorkP95Nanos")), millis(fluidity.get("startWorkP95Nanos")));
            rows.add(new Row("keystroke in the transcript editor (200 KB, 1,000 segments; " + display + ")",
                    String.format(Locale.ROOT, "the key's work (event, pulse CSS and layout, paint; without the wait"
                            + " for the next pulse), %d keys each: in the middle p50 %.1f, p95 %.1f ms; at the start"
                            + " p50 %.1f, p95 %.1f ms. Key event to painted frame including that wait: middle p50 %.1f,"
                            + " p95 %.1f, max %.1f ms; start p50 %.1f, p95 %.1f, max %.1f ms (wait p50 %.1f ms);"
                            + " CPU per key (FX and render thread) p95 %.1f / %.1f ms; the edit, shift and restyle"
                            + " alone p95 %.2f ms; open with highlighting %.0f ms",
                            fluidity.get("keys"), millis(fluidity.get("middleWorkP50Nanos")),
                            millis(fluidity.get("middleWorkP95Nanos")), millis(fluidity.get("startWorkP50Nanos")),
                            millis(fluidity.get("startWorkP95Nanos")), millis(fluidity.get("middleP50Nanos")),
                            millis(fluidity.get("middleP95Nanos")), millis(fluidity.get("middleMaxNanos")),
                            millis(fluidity.get("startP50Nanos")), millis(fluidity.get("startP95Nanos")),
                            millis(fluidity.get("startMaxNanos")), millis(fluidity.get("middleWaitP50Nanos")),
                            millis(fluidity.get("middleCpuP95Nanos")), millis(fluidity.get("startCpuP95Nanos")),
                            millis(fluidity.get("insertP95Nanos")), millis(fluidity.get("openNanos"))),
                    "work p95 < 16 ms (one frame)", status(p95 < KEYSTROKE_TARGET_MS)));
        }
        return rows;
    }

    private static String mix() {
        return SearchBench.MIX.size() + "-query mix";
    }

    /** The title lines, then the table as aligned plain text. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(header());
        List<Row> rows = rows();
        int what = rows.stream().mapToInt(r -> r.what().length()).max().orElse(4);
        int target = Math.max(6, rows.stream().mapToInt(r -> r.target().length()).max().orElse(6));
        String format = "%-" + what + "s  %-7s  %-" + target + "s  %s";
        out.add(String.format(Locale.ROOT, format, "what", "", "target", "figure"));
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, format, r.what(), r.status().label, r.target(), r.figure()));
        }
        return out;
    }

    /** The same as a Markdown section: the title lines as text, then a table. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        for (String line : header()) {
            md.append(line).append("  \n");
        }
        md.append("\n| what | figure | target | |\n|---|---|---|---|\n");
        for (Row r : rows()) {
            md.append("| ").append(cell(r.what())).append(" | ").append(cell(r.figure())).append(" | ")
                    .append(cell(r.target())).append(" | ")
                    .append(r.status() == Status.MISSED ? "**MISSED**" : r.status().label).append(" |\n");
        }
        return md.toString();
    }

    private List<String> header() {
        return List.of(
                String.format(Locale.ROOT, "caravan bench all --interviews %d --seed %d: %,d synthetic interviews,"
                        + " %.1f M characters; one vault built in %.1f s (%.1f MB)%s", options.interviews(),
                        options.seed(), options.interviews(), corpusChars / 1e6, seconds(buildNanos), vaultBytes / 1e6,
                        options.warmUp() ? String.format(Locale.ROOT, ", after an unreported warm-up run on %,d",
                                AllBench.warmUpSize(options.interviews())) : ""),
                "machine: " + machine.describe());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Row skipped(String what, String reason) {
        return new Row(what, "skipped: " + reason, "", Status.SKIPPED);
    }

    private static Status status(boolean met) {
        return met ? Status.MET : Status.MISSED;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double mib(long bytes) {
        return bytes / (double) (1L << 20);
    }
}
