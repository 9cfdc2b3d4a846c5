package app.caravan.cli;

import app.caravan.app.bench.BenchReport;
import app.caravan.app.bench.BundleBench;
import app.caravan.app.bench.BundleBenchReport;
import app.caravan.app.bench.ExportBench;
import app.caravan.app.bench.ExportBenchReport;
import app.caravan.app.bench.SearchBench;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Performance figures on a synthetic vault (never your own).",
        subcommands = {BenchCommand.Search.class, BenchCommand.Bundle.class, BenchCommand.Export.class,
            CommandLine.HelpCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "search", description = {
        "Builds a synthetic vault of N interviews (2–30 KB transcripts, Cyrillic and Latin) in an owner-only"
                + " temp folder, deleted afterwards, and prints build time, library load time, filter latency,"
                + " search p50/p95 for a fixed query mix, and grep -ci over the same plaintext as a baseline.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--interviews", paramLabel = "N", description = "Interviews to generate (default: ${DEFAULT-VALUE}).")
        int interviews = 10_000;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--queries", paramLabel = "Q", description = "Timed runs of each query of the mix (default: ${DEFAULT-VALUE}).")
        int runs = 20;

        @Option(names = "--limit", paramLabel = "N", description = "Hits per search, as a result page (default: ${DEFAULT-VALUE}).")
        int limit = 20;

        @Override
        public Integer call() throws Exception {
            BenchReport report = SearchBench.run(new SearchBench.Options(interviews, seed, runs, limit),
                    line -> {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    });
            report.lines().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "bundle", description = {
        "Builds a synthetic field vault of N interviews (as bench search does) in an owner-only temp folder,"
                + " deleted afterwards, seals them all into one bundle to a desk key made for the run, and imports"
                + " it into a fresh desk vault. Prints seal time, size and throughput (split into vault and"
                + " outbox, JSON + zip, and age encryption), the age command line on as many random bytes, and"
                + " the import time, each against its target.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Bundle implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--interviews", paramLabel = "N", description = "Interviews to generate (default: ${DEFAULT-VALUE}).")
        int interviews = 10_000;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--no-warm-up", description = "Skip the unreported run on N/10 interviews that warms up the JIT first.")
        boolean noWarmUp;

        @Override
        public Integer call() throws Exception {
            BundleBenchReport report = BundleBench.run(new BundleBench.Options(interviews, seed, !noWarmUp), line -> {
                spec.commandLine().getErr().println(line);
                spec.commandLine().getErr().flush();
            });
            report.lines().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "export", description = {
        "Builds a synthetic vault of N interviews (the bench search corpus, consented for research sharing and"
                + " verbatim quotes, with names, phones and e-mails in text and identity, and coded segments) in an"
                + " owner-only temp folder, deleted afterwards, and times the anonymized export in every format"
                + " against a plain CSV dump of the same interviews, with the time of each stage and file.",
        "Progress goes to stderr, the figures to stdout."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--interviews", paramLabel = "N", description = "Interviews to generate (default: ${DEFAULT-VALUE}).")
        int interviews = 10_000;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--no-warm-up", description = "Skip the unreported run on N/10 (at least 50) interviews that warms up the JIT first.")
        boolean noWarmUp;

        @Override
        public Integer call() throws Exception {
            ExportBenchReport report = ExportBench.run(new ExportBench.Options(interviews, seed, !noWarmUp), line -> {
                spec.commandLine().getErr().println(line);
                spec.commandLine().getErr().flush();
            });
            report.lines().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
