package app.caravan.app.bench;

import app.caravan.app.InvalidInputException;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.crypto.KdfParams;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code caravan bench all}: ONE synthetic vault (the export corpus: names, phones and e-mails
 * in identity and text, coded segments; production Argon2id parameters) in an owner-only temp
 * folder, deleted afterwards, and on it every figure of the other benchmarks plus what only a
 * fresh process shows: the start to the unlock screen against a bare JavaFX window, unlock and
 * the library with the memory they need, and keystrokes in the transcript editor. Those run in
 * child JVMs with this one's java and class path.
 */
public final class AllBench {
    static final int LIMIT = 20;
    /** Set on the app's child JVM: the desktop app then reports its first frame and exits (ui.bench.FirstFrame). */
    static final String FIRST_FRAME_PROPERTY = "caravan.bench.firstFrame";
    static final String MAIN_CLASS = "app.caravan.Caravan";
    static final String BARE_WINDOW = "--bench-bare-window";
    static final String FLUIDITY_PROBE = "app.caravan.ui.editor.FluidityProbe";

    /**
     * What to run: {@code probes} runs the child JVMs (unlock, memory, and with {@code ui} the window and
     * the editor); the warm-up run has none of them, as they would not warm anything in this JVM.
     */
    public record Options(int interviews, long seed, boolean warmUp, boolean probes, boolean ui, int startupRuns,
            int queryRuns) {
        public Options {
            if (interviews < 1) {
                throw new IllegalArgumentException("--interviews must be at least 1, not " + interviews);
            }
            if (startupRuns < 1) {
                throw new IllegalArgumentException("--startup-runs must be at least 1, not " + startupRuns);
            }
            if (queryRuns < 1) {
                throw new IllegalArgumentException("--queries must be at least 1, not " + queryRuns);
            }
        }
    }

    private AllBench() {
    }

    public static AllBenchReport run(Options options, Consumer<String> progress) throws IOException {
        Path dir = SearchBench.ownerOnlyTempDirectory();
        try {
            if (options.warmUp()) {
                int size = warmUpSize(options.interviews());
                progress.accept("warm-up: " + size + " interviews, not reported");
                measure(new AllBenchReport(new Options(size, options.seed(), false, false, false, 1,
                        options.queryRuns())), dir.resolve("warm-up"), line -> { });
                SearchBench.deleteRecursively(dir.resolve("warm-up"));
            }
            AllBenchReport report = new AllBenchReport(options);
            measure(report, dir.resolve("run"), progress);
            return report;
        } finally {
            SearchBench.deleteRecursively(dir);
        }
    }

    /** Vaults with cheap key derivation, for throwaway synthetic vaults only (the editor's child JVM). */
    public static LocalVaultService throwawayVaults() {
        return new LocalVaultService(SearchBench.BENCH_KDF, Clock.systemUTC());
    }

    /** The same for the UI's probes, which may name only the service's interface (UiArchitectureTest). */
    public static VaultService throwawayVaultService() {
        return throwawayVaults();
    }

    /** As the export benchmark's: a tenth, but enough for k = 5 classes to form. */
    static int warmUpSize(int interviews) {
        return ExportBench.warmUpSize(interviews);
    }

    private static void measure(AllBenchReport report, Path dir, Consumer<String> progress) throws IOException {
        Options options = report.options;
        Path vaultDir = dir.resolve("vault");
        Files.createDirectories(dir.resolve("corpus"));
        List<Path> plaintext = new ArrayList<>();
        BenchReport search = new BenchReport(new SearchBench.Options(options.interviews(), options.seed(),
                options.queryRuns(), LIMIT));
        report.search = search;
        long start = System.nanoTime();
        try (Vault vault = Vault.create(vaultDir, SearchBench.passphrase(), KdfParams.DEFAULT)) {
            search.index = SyntheticVault.fill(vault, options.seed(), options.interviews(),
                    SearchBench.plaintextWriter(dir.resolve("corpus"), plaintext, search), progress,
                    ExportBench::identified);
        } catch (VaultException e) {
            throw new IllegalStateException("Cannot create the benchmark vault in " + vaultDir + ": " + e.getMessage(), e);
        }
        report.buildNanos = System.nanoTime() - start;
        report.corpusChars = search.corpusChars;
        report.vaultBytes = SearchBench.sizeOf(vaultDir);

        if (options.probes()) {
            progress.accept("unlocking and loading the library in a fresh JVM");
            library(report, vaultDir);
        } else {
            report.librarySkipped = "not run in the warm-up";
        }
        WarmedRun.Options sub = new WarmedRun.Options(options.interviews(), options.seed(), false);
        report.export = new ExportBenchReport(sub);
        report.export.corpusChars = search.corpusChars;
        LocalVaultService vaults = throwawayVaults();
        try (VaultSession session = vaults.open(vaultDir, SearchBench.passphrase())) {
            SearchBench.measure(session, search, progress);
            Files.createDirectories(dir.resolve("export"));
            ExportBench.measure(report.export, session, dir.resolve("export"), progress);
        } catch (VaultAccessException | InvalidInputException e) {
            throw new IllegalStateException("The benchmark vault in " + vaultDir + " could not be searched or exported: "
                    + e.getMessage(), e);
        }
        SearchBench.grepBaseline(search, plaintext, progress);
        report.bundle = new BundleBenchReport(sub);
        report.bundle.corpusChars = search.corpusChars;
        Files.createDirectories(dir.resolve("bundle"));
        BundleBench.measure(report.bundle, vaults, vaultDir, dir.resolve("bundle"), progress);

        if (!options.ui()) {
            String why = options.probes() ? "not asked for (--skip-ui)" : "not run in the warm-up";
            report.startupSkipped = why;
            report.fluiditySkipped = why;
            return;
        }
        ChildJvm.Display display = ChildJvm.display();
        report.display = display.name();
        if (!display.available()) {
            report.startupSkipped = display.unavailable();
            report.fluiditySkipped = display.unavailable();
            return;
        }
        startup(report, display, vaultDir, progress);
        progress.accept("typing in the transcript editor in a fresh JVM");
        try {
            ChildJvm.Result result = ChildJvm.run(display.jvmOptions(), FLUIDITY_PROBE, List.of(), "");
            for (String key : List.of("openNanos", "insertP95Nanos", "middleP50Nanos", "middleP95Nanos",
                    "middleMaxNanos", "middleCpuP95Nanos", "middleWaitP50Nanos", "startP50Nanos", "startP95Nanos",
                    "startMaxNanos", "startCpuP95Nanos", "middleWorkP50Nanos", "middleWorkP95Nanos", "startWorkP50Nanos",
                    "startWorkP95Nanos", "keys")) {
                result.number(key);
            }
            report.fluidity = numbers(result);
        } catch (IOException | RuntimeException e) {
            report.fluiditySkipped = "the editor's JVM failed: " + e.getMessage();
        }
    }

    private static void library(AllBenchReport report, Path vaultDir) {
        try {
            ChildJvm.Result result = ChildJvm.run(List.of(), LibraryProbe.class.getName(), List.of(vaultDir.toString()),
                    new String(SearchBench.passphrase()) + "\n");
            for (String key : List.of("kdfNanos", "unlockNanos", "firstPageNanos", "firstPageRows", "listNanos",
                    "listRows", "heapUsedBytes", "heapPeakBytes", "heapMaxBytes", "vmHwmKiB", "vmRssKiB")) {
                result.number(key);
            }
            report.library = numbers(result);
        } catch (IOException | RuntimeException e) {
            report.librarySkipped = "the unlock JVM failed: " + e.getMessage();
        }
    }

    /** The app (on the vault, so it shows the unlock screen) and the bare window, alternately, each in a new JVM. */
    private static void startup(AllBenchReport report, ChildJvm.Display display, Path vaultDir,
            Consumer<String> progress) {
        int runs = report.options.startupRuns();
        long[] app = new long[runs];
        long[] bare = new long[runs];
        List<String> jvm = new ArrayList<>(display.jvmOptions());
        jvm.add("-D" + FIRST_FRAME_PROPERTY + "=true");
        try {
            for (int r = 0; r < runs; r++) {
                progress.accept("starting the app and a bare JavaFX window, run " + (r + 1) + " of " + runs);
                ChildJvm.Result a = ChildJvm.run(jvm, MAIN_CLASS, List.of("--vault", vaultDir.toString()), "");
                app[r] = a.number("shownAtMillis") - a.spawnedAtMillis();
                ChildJvm.Result b = ChildJvm.run(jvm, MAIN_CLASS, List.of(BARE_WINDOW), "");
                bare[r] = b.number("shownAtMillis") - b.spawnedAtMillis();
            }
            report.appStartupMillis = app;
            report.bareStartupMillis = bare;
        } catch (IOException | RuntimeException e) {
            report.startupSkipped = "a start-up JVM failed: " + e.getMessage();
        }
    }

    private static Map<String, Long> numbers(ChildJvm.Result result) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        result.values().forEach((key, value) -> numbers.put(key, Long.parseLong(value)));
        return numbers;
    }
}
