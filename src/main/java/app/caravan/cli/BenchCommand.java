package app.caravan.cli;

import app.caravan.app.bench.AllBench;
import app.caravan.app.bench.AllBenchReport;
import app.caravan.app.bench.BundleBench;
import app.caravan.app.bench.ExportBench;
import app.caravan.app.bench.SearchBench;
import app.caravan.app.bench.WarmedRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Performance figures on a synthetic vault (never your own).",
        subcommands = {BenchCommand.All.class, BenchCommand.Search.class, BenchCommand.Bundle.class, BenchCommand.Export.class,
            CommandLine.HelpCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** What every benchmark takes and does: a synthetic corpus, progress on stderr, figures on stdout. */
    abstract static class CorpusBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--interviews", paramLabel = "N", description = "Interviews to generate (default: ${DEFAULT-VALUE}).")
        int interviews = 10_000;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        /** Runs the benchmark and returns the lines of its report. */
        abstract List<String> run(Consumer<String> progress) throws Exception;

        @Override
        public Integer call() throws Exception {
            List<String> lines = run(line -> {
                spec.commandLine().getErr().println(line);
                spec.commandLine().getErr().flush();
            });
            lines.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** A benchmark that first warms the JIT up on a tenth of the corpus, unless told not to. */
    abstract static class WarmedBench extends CorpusBench {
        @Option(names = "--no-warm-up", description = "Skip the unreported run on a tenth of N that warms up the JIT first.")
        boolean noWarmUp;
    }

    @Command(name = "search", description = {
        "Builds a synthetic vault of N interviews (2–30 KB transcripts, Cyrillic and Latin) in an owner-only"
                + " temp folder, deleted afterwards, and prints build time, library load time, filter latency,"
                + " search p50/p95 for a fixed query mix, and grep -ci over the same plaintext as a baseline.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Search extends CorpusBench {
        @Option(names = "--queries", paramLabel = "Q", description = "Timed runs of each query of the mix (default: ${DEFAULT-VALUE}).")
        int runs = 20;

        @Option(names = "--limit", paramLabel = "N", description = "Hits per search, as a result page (default: ${DEFAULT-VALUE}).")
        int limit = 20;

        @Override
        List<String> run(Consumer<String> progress) throws Exception {
            return SearchBench.run(new SearchBench.Options(interviews, seed, runs, limit), progress::accept).lines();
        }
    }

    @Command(name = "bundle", description = {
        "Builds a synthetic field vault of N interviews (the bench export corpus: names and contacts in the"
                + " text, three coded segments each) in an owner-only temp folder,"
                + " deleted afterwards, seals them all into one bundle to a desk key made for the run, and imports"
                + " it into a fresh desk vault. Prints seal time, size and throughput (split into vault and"
                + " outbox, JSON + zip, and age encryption), the age command line on as many random bytes, and"
                + " the import time, each against its target.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Bundle extends WarmedBench {
        @Override
        List<String> run(Consumer<String> progress) throws Exception {
            return BundleBench.run(new WarmedRun.Options(interviews, seed, !noWarmUp), progress::accept).lines();
        }
    }

    @Command(name = "export", description = {
        "Builds a synthetic vault of N interviews (the bench search corpus, consented for research sharing and"
                + " verbatim quotes, with names, phones and e-mails in text and identity, and coded segments) in an"
                + " owner-only temp folder, deleted afterwards, and times the anonymized export in every format"
                + " against a plain CSV dump of the same interviews, with the time of each stage and file.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Export extends WarmedBench {
        @Override
        List<String> run(Consumer<String> progress) throws Exception {
            return ExportBench.run(new WarmedRun.Options(interviews, seed, !noWarmUp), progress::accept).lines();
        }
    }

    @Command(name = "all", description = {
        "Builds ONE synthetic vault of N interviews (the bench export corpus, production Argon2id parameters) in an"
                + " owner-only temp folder, deleted afterwards, and prints one table with the machine and every"
                + " figure against its target: start to the unlock screen against a bare JavaFX window (median of"
                + " child JVMs), unlock, library shown, heap and resident memory with the library open, search"
                + " p50/p95 and the grep -ci ratio, filter latency, anonymized export against a plain CSV dump,"
                + " bundle seal and import with the age ratio, and keystrokes in the transcript editor (200 KB,"
                + " 1,000 segments).",
        "The window and the editor need a display: DISPLAY (e.g. under xvfb-run), or Monocle on the class path;"
                + " without one those rows say why they were skipped. Progress goes to stderr, the table to stdout."})
    static final class All extends WarmedBench {
        @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as Markdown to FILE.")
        Path out;

        @Option(names = "--skip-ui", description = "Skip the rows that need a display (start-up and the editor).")
        boolean skipUi;

        @Option(names = "--startup-runs", paramLabel = "R", description = "Starts of the app and of the bare window (default: ${DEFAULT-VALUE}).")
        int startupRuns = 5;

        @Option(names = "--queries", paramLabel = "Q", description = "Timed runs of each query of the mix (default: ${DEFAULT-VALUE}).")
        int runs = 20;

        @Override
        List<String> run(Consumer<String> progress) throws Exception {
            AllBenchReport report = AllBench.run(new AllBench.Options(interviews, seed, !noWarmUp, true, !skipUi,
                    startupRuns, runs), progress);
            if (out != null) {
                try {
                    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IOException("Cannot write the report to " + out.toAbsolutePath() + ": " + e, e);
                }
            }
            return report.lines();
        }
    }
}
