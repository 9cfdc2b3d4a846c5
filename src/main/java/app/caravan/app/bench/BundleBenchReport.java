package app.caravan.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one {@link BundleBench} run and their printed form. */
public final class BundleBenchReport {
    final WarmedRun.Options options;
    long corpusChars;
    long buildNanos;
    long sealNanos;
    int sealedInterviews;
    long bundleBytes;
    long writerNanos;
    long encryptNanos;
    /** Null when there is no {@code age} command. */
    String ageVersion;
    long ageNanos;
    long readerNanos;
    long importNanos;
    /** CPU of the import by thread group; null where /proc is not there. */
    String importCpu;
    int imported;
    int deskInterviews;
    long deskVaultBytes;

    BundleBenchReport(WarmedRun.Options options) {
        this.options = options;
    }

    public int interviews() {
        return options.interviews();
    }

    public int sealedInterviews() {
        return sealedInterviews;
    }

    public int imported() {
        return imported;
    }

    public long bundleBytes() {
        return bundleBytes;
    }

    /** Sealed output per second of {@code BundleService.seal}, in MB (10^6 bytes). */
    public double sealMegabytesPerSecond() {
        return megabytesPerSecond(bundleBytes, sealNanos);
    }

    public double ageMegabytesPerSecond() {
        return ageVersion == null ? Double.NaN : megabytesPerSecond(bundleBytes, ageNanos);
    }

    /** Sealing throughput over age's; NaN without age. */
    public double ageRatio() {
        return sealMegabytesPerSecond() / ageMegabytesPerSecond();
    }

    /** The encryption stage's throughput over age's (same bytes, same cipher); NaN without age. */
    public double encryptionRatio() {
        return megabytesPerSecond(bundleBytes, encryptNanos) / ageMegabytesPerSecond();
    }

    public double importInterviewsPerSecond() {
        return perSecond(imported, importNanos);
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "caravan bench bundle: %,d synthetic interviews (seed %d), %.1f M characters"
                + " of transcript%s", interviews(), options.seed(), corpusChars / 1e6,
                options.warmUp() ? String.format(Locale.ROOT, "; after a warm-up run of %,d", Math.max(1, interviews() / 10))
                        : ""));
        out.add(String.format(Locale.ROOT, "machine: %d cores, %s %s (%s)", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.home")));
        out.add(String.format(Locale.ROOT, "field vault built (import + index): %.1f s", seconds(buildNanos)));
        out.add(String.format(Locale.ROOT, "  %-44s %9s %11s %9s %13s", "stage", "s", "MB", "MB/s", "interviews/s"));
        out.add(row("seal (BundleService.seal, one bundle)", sealNanos, bundleBytes, sealedInterviews));
        out.add(row("  writer alone (JSON + zip + age, null sink)", writerNanos, bundleBytes, sealedInterviews));
        out.add(row("  age encryption alone (median of " + BundleBench.AGE_RUNS + ")", encryptNanos, bundleBytes, -1));
        out.add(row("  JSON + zip (writer minus encryption)", writerNanos - encryptNanos, bundleBytes, sealedInterviews));
        out.add(row("  vault read + outbox (seal minus writer)", sealNanos - writerNanos, bundleBytes, sealedInterviews));
        if (ageVersion != null) {
            out.add(row("age " + ageVersion + " CLI (random bytes, median of " + BundleBench.AGE_RUNS + ")", ageNanos,
                    bundleBytes, -1));
        }
        out.add(row("import (fresh desk vault, importBundle)", importNanos, bundleBytes, imported));
        out.add(row("  reader alone (age + unzip + verify + JSON)", readerNanos, bundleBytes, imported));
        out.add(row("  vault write + index (import minus reader)", importNanos - readerNanos, bundleBytes, imported));
        out.add(importCpu == null ? "  CPU of the import by thread: not measured here (no /proc)"
                : "  CPU of the import by thread: " + importCpu);
        out.add(String.format(Locale.ROOT, "bundle: %,d bytes for %,d interviews (%.1f KB each); imported %,d, desk"
                + " vault lists %,d (%.1f MB)", bundleBytes, sealedInterviews, bundleBytes / 1e3 / Math.max(1,
                sealedInterviews), imported, deskInterviews, deskVaultBytes / 1e6));
        if (ageVersion == null) {
            out.add("age not installed: no comparison");
        } else {
            out.add(String.format(Locale.ROOT, "sealing (age encryption of the bundle) / age CLI throughput: %.2f×"
                    + " (target ≥ %.1f×): %s; the whole seal including reading the vault and writing JSON and zip:"
                    + " %.3f×", encryptionRatio(), BundleBench.AGE_TARGET, encryptionRatio() >= BundleBench.AGE_TARGET
                    ? "met" : "MISSED", ageRatio()));
        }
        double importTarget = interviews() / BundleBench.IMPORT_TARGET_PER_SECOND;
        out.add(String.format(Locale.ROOT, "import: %.1f s for %,d (target < %.1f s, i.e. 10 s per 10,000): %s",
                seconds(importNanos), imported, importTarget, seconds(importNanos) < importTarget ? "met" : "MISSED"));
        return out;
    }

    private static String row(String stage, long nanos, long bytes, int interviews) {
        return String.format(Locale.ROOT, "  %-44s %9.2f %11s %9s %13s", stage, seconds(nanos),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.1f", bytes / 1e6),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.1f", megabytesPerSecond(bytes, nanos)),
                interviews < 0 ? "" : String.format(Locale.ROOT, "%,.0f", perSecond(interviews, nanos)));
    }

    private static double megabytesPerSecond(long bytes, long nanos) {
        return nanos <= 0 ? Double.NaN : bytes / 1e6 / seconds(nanos);
    }

    private static double perSecond(long count, long nanos) {
        return nanos <= 0 ? Double.NaN : count / seconds(nanos);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
