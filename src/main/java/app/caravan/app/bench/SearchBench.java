package app.caravan.app.bench;

import app.caravan.app.InvalidInputException;
import app.caravan.app.LocalVaultService;
import app.caravan.app.SearchResult;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.crypto.KdfParams;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Note;
import app.caravan.domain.Wave;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code caravan bench search}: builds a synthetic vault in an owner-only temp folder (deleted
 * afterwards) through the same stores and index listener the app uses, then measures what a
 * user waits for: opening, the library list, filtering it, and a fixed mix of searches, with
 * {@code grep -ci} over the plaintext of the same corpus as the baseline.
 */
public final class SearchBench {
    /** The page the desktop library shows before the whole list is read (LibraryViewModel.FIRST_PAGE). */
    static final int FIRST_PAGE = 500;

    static final int BATCH = SyntheticVault.BATCH;
    static final int FILTER_RUNS = 50;
    /** grep is slow on big corpora: median of 3 runs up to this size, one run above. */
    private static final int GREP_REPEAT_UP_TO = 20_000;
    /** Cheap key derivation: the benchmark is about search, and its passphrase protects nothing. */
    static final KdfParams BENCH_KDF = new KdfParams(1024, 1, 1);

    /** What to run: {@code runs} timed repetitions of each query, {@code limit} hits per search. */
    public record Options(int interviews, long seed, int runs, int limit) {
        public Options {
            if (interviews < 1) {
                throw new IllegalArgumentException("--interviews must be at least 1, not " + interviews);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--queries must be at least 1, not " + runs);
            }
        }
    }

    /** One query of the mix with the grep patterns that find the same interviews. */
    record Query(String kind, String text, List<String> grep) {
    }

    static final List<Query> MIX = List.of(
            new Query("rare word", SyntheticCorpus.RARE_WORD, List.of("\\<" + SyntheticCorpus.RARE_WORD)),
            new Query("common word", "работа", List.of("\\<работа\\>")),
            new Query("Cyrillic→Latin", "Ташкент", List.of("\\<ташкент\\>", "\\<tashkent\\>", "\\<toshkent\\>")),
            new Query("Latin→Cyrillic", "Samarkand", List.of("\\<samarkand\\>", "\\<самарканд\\>")),
            new Query("prefix", "Москв*", List.of("\\<москв")),
            new Query("phrase", "\"остались родители\"", List.of("\\<остались[ ,]*родители\\>")),
            new Query("two words", "мобилизация Тбилиси", List.of("\\<мобилизация\\>.*\\<\\(тбилиси\\|tbilisi\\)\\>",
                    "\\<\\(тбилиси\\|tbilisi\\)\\>.*\\<мобилизация\\>")));

    private SearchBench() {
    }

    public static BenchReport run(Options options, Consumer<String> progress) throws IOException {
        Path dir = ownerOnlyTempDirectory();
        try {
            return run(options, dir, progress);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static BenchReport run(Options options, Path dir, Consumer<String> progress) throws IOException {
        BenchReport report = new BenchReport(options);
        Path vaultDir = dir.resolve("vault");
        List<Path> plaintext = new ArrayList<>();
        long start = System.nanoTime();
        build(options, vaultDir, dir, plaintext, report, progress);
        report.buildNanos = System.nanoTime() - start;
        report.vaultBytes = sizeOf(vaultDir);

        LocalVaultService vaults = new LocalVaultService(BENCH_KDF, Clock.systemUTC());
        start = System.nanoTime();
        try (VaultSession session = vaults.open(vaultDir, passphrase())) {
            report.openNanos = System.nanoTime() - start;
            measure(session, report, progress);
        } catch (VaultAccessException | InvalidInputException e) {
            throw new IllegalStateException("The benchmark vault could not be searched: " + e.getMessage(), e);
        }
        grepBaseline(report, plaintext, progress);
        return report;
    }

    /** The library, the filter and the query mix on an open session (also used by {@code bench all}). */
    static List<InterviewSummary> measure(VaultSession session, BenchReport report, Consumer<String> progress)
            throws InvalidInputException {
        // What the library shows first, cold, as the desktop app does on unlock.
        long start = System.nanoTime();
        report.firstPageRows = session.interviews().newest(FIRST_PAGE).size();
        report.firstPageNanos = System.nanoTime() - start;
        start = System.nanoTime();
        List<InterviewSummary> library = session.interviews().list();
        report.libraryNanos = System.nanoTime() - start;
        // Again, warm: what is left once the JVM has compiled the code and H2 cached the pages.
        start = System.nanoTime();
        session.interviews().list();
        report.libraryAgainNanos = System.nanoTime() - start;
        measureFilter(library, report);
        progress.accept("searching");
        for (Query query : MIX) {
            report.queries.add(measureSearch(session, query, report.options));
        }
        return library;
    }

    /** {@code grep -ci} over the plaintext files for every query already measured, when grep exists. */
    static void grepBaseline(BenchReport report, List<Path> plaintext, Consumer<String> progress) throws IOException {
        report.grepAvailable = GrepBaseline.available();
        if (report.grepAvailable) {
            progress.accept("running grep");
            GrepBaseline grep = new GrepBaseline(plaintext);
            int runs = report.options.interviews() <= GREP_REPEAT_UP_TO ? 3 : 1;
            report.grepRuns = runs;
            for (BenchReport.QueryFigures figures : report.queries) {
                long[] times = new long[runs];
                for (int r = 0; r < runs; r++) {
                    GrepBaseline.Run run = grep.run(figures.query.grep());
                    times[r] = run.nanos();
                    figures.grepMatches = run.matches();
                }
                figures.grepNanos = BenchReport.percentile(times, 50);
            }
        }
    }

    /** Imports the corpus through {@link SyntheticVault}, writing each batch's plaintext for grep. */
    private static void build(Options options, Path vaultDir, Path dir, List<Path> plaintext, BenchReport report,
            Consumer<String> progress) throws IOException {
        try (Vault vault = Vault.create(vaultDir, passphrase(), BENCH_KDF)) {
            report.index = SyntheticVault.fill(vault, options.seed(), options.interviews(),
                    plaintextWriter(dir, plaintext, report), progress);
        } catch (VaultException e) {
            throw new IllegalStateException("Cannot create the benchmark vault: " + e.getMessage(), e);
        }
    }

    /** Writes each batch's plaintext, one interview a line, into {@code dir} for grep, counting its characters. */
    static SyntheticVault.BatchListener plaintextWriter(Path dir, List<Path> plaintext, BenchReport report) {
        return (number, batch) -> {
            Path file = dir.resolve(String.format("corpus-%05d.txt", number));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Interview interview : batch) {
                    String line = oneLine(interview);
                    report.corpusChars += line.length();
                    out.write(line);
                    out.write('\n');
                }
            }
            plaintext.add(file);
        };
    }

    /** Transcript and notes on one line: grep counts lines, so a count is a number of interviews. */
    private static String oneLine(Interview interview) {
        StringBuilder line = new StringBuilder(interview.transcript().length() + 200);
        line.append(interview.pseudonym()).append(' ').append(interview.transcript());
        for (Note note : interview.notes()) {
            line.append(' ').append(note.text());
        }
        return line.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /** A typical library filter: current city, a theme and a departure wave, over the loaded list. */
    private static void measureFilter(List<InterviewSummary> library, BenchReport report) {
        long[] times = new long[FILTER_RUNS];
        for (int r = 0; r < FILTER_RUNS; r++) {
            long start = System.nanoTime();
            List<InterviewSummary> shown = library.stream()
                    .filter(s -> "tbilisi".equals(s.currentCity()))
                    .filter(s -> s.themes().contains("mobilization"))
                    .filter(s -> s.departure().wave() == Wave.MOBILIZATION_2022)
                    .toList();
            times[r] = System.nanoTime() - start;
            report.filterMatches = shown.size();
        }
        report.filterNanos = times;
    }

    private static BenchReport.QueryFigures measureSearch(VaultSession session, Query query, Options options)
            throws InvalidInputException {
        BenchReport.QueryFigures figures = new BenchReport.QueryFigures(query);
        SearchResult warm = session.search().search(query.text(), null, options.limit());
        figures.total = warm.total();
        figures.exact = warm.exact();
        figures.searchNanos = new long[options.runs()];
        for (int r = 0; r < options.runs(); r++) {
            long start = System.nanoTime();
            session.search().search(query.text(), null, options.limit());
            figures.searchNanos[r] = System.nanoTime() - start;
        }
        return figures;
    }

    static char[] passphrase() {
        return "synthetic benchmark vault".toCharArray();
    }

    static Path ownerOnlyTempDirectory() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("caravan-bench-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("caravan-bench-");
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
