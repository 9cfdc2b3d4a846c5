package app.caravan.app.bench;

import app.caravan.storage.SearchIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The figures of one {@link SearchBench} run and their printed form. */
public final class BenchReport {
    final SearchBench.Options options;
    long corpusChars;
    long buildNanos;
    long vaultBytes;
    long openNanos;
    long firstPageNanos;
    int firstPageRows;
    long libraryNanos;
    long libraryAgainNanos;
    long[] filterNanos = new long[0];
    int filterMatches;
    boolean grepAvailable;
    int grepRuns;
    SearchIndex.Stats index;
    final List<QueryFigures> queries = new ArrayList<>();

    BenchReport(SearchBench.Options options) {
        this.options = options;
    }

    static final class QueryFigures {
        final SearchBench.Query query;
        int total;
        boolean exact;
        long[] searchNanos = new long[0];
        long grepNanos = -1;
        long grepMatches = -1;

        QueryFigures(SearchBench.Query query) {
            this.query = query;
        }
    }

    /** Search latency over every timed run of the whole mix, in milliseconds. */
    public double searchP50Millis() {
        return millis(percentile(allSearchNanos(), 50));
    }

    public double searchP95Millis() {
        return millis(percentile(allSearchNanos(), 95));
    }

    public double filterP95Millis() {
        return millis(percentile(filterNanos, 95));
    }

    public double firstPageMillis() {
        return millis(firstPageNanos);
    }

    public double libraryMillis() {
        return millis(libraryNanos);
    }

    /** Sum of grep medians over sum of search medians; NaN without grep. */
    public double grepRatio() {
        if (!grepAvailable) {
            return Double.NaN;
        }
        long grep = 0;
        long search = 0;
        for (QueryFigures q : queries) {
            grep += q.grepNanos;
            search += percentile(q.searchNanos, 50);
        }
        return search == 0 ? Double.NaN : (double) grep / search;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "caravan bench search: %,d synthetic interviews (seed %d), %.1f M characters of text",
                options.interviews(), options.seed(), corpusChars / 1e6));
        out.add(String.format(Locale.ROOT, "build (import + index, transactions of %,d): %.1f s; vault %.1f MB",
                SearchBench.BATCH, buildNanos / 1e9, vaultBytes / 1e6));
        if (index != null) {
            out.add(String.format(Locale.ROOT, "index: %,d documents, %,d terms, %,d postings", index.documents(),
                    index.terms(), index.postings()));
        }
        out.add(String.format(Locale.ROOT, "open (unlock + index check): %.0f ms", millis(openNanos)));
        out.add(String.format(Locale.ROOT, "library shown (newest %d rows, cold): %.0f ms", firstPageRows,
                millis(firstPageNanos)));
        out.add(String.format(Locale.ROOT, "library load (interviews().list()): %.0f ms first, %.0f ms again",
                libraryMillis(), millis(libraryAgainNanos)));
        out.add(String.format(Locale.ROOT, "filter (current city + theme + wave, %d runs): p50 %.2f ms, p95 %.2f ms, %,d shown",
                filterNanos.length, millis(percentile(filterNanos, 50)), filterP95Millis(), filterMatches));
        out.add(String.format(Locale.ROOT, "search (limit %d, %d timed runs per query):", options.limit(), options.runs()));
        out.add(String.format(Locale.ROOT, "  %-15s %-26s %9s %9s %9s %11s %11s %8s", "kind", "query", "matches",
                "p50 ms", "p95 ms", "grep ms", "grep lines", "ratio"));
        for (QueryFigures q : queries) {
            long p50 = percentile(q.searchNanos, 50);
            out.add(String.format(Locale.ROOT, "  %-15s %-26s %9s %9.1f %9.1f %11s %11s %8s", q.query.kind(),
                    q.query.text(), (q.exact ? "" : "≥") + q.total, millis(p50),
                    millis(percentile(q.searchNanos, 95)),
                    grepAvailable ? String.format(Locale.ROOT, "%.0f", millis(q.grepNanos)) : "-",
                    grepAvailable ? Long.toString(q.grepMatches) : "-",
                    grepAvailable && p50 > 0 ? String.format(Locale.ROOT, "%.0f×", (double) q.grepNanos / p50) : "-"));
        }
        out.add(String.format(Locale.ROOT, "search overall: p50 %.1f ms, p95 %.1f ms", searchP50Millis(), searchP95Millis()));
        out.add(grepAvailable
                ? String.format(Locale.ROOT, "grep -ci baseline (median of %d): %.0f× slower than search in total", grepRuns, grepRatio())
                : "grep -ci baseline: skipped, no grep on this system");
        return out;
    }

    private long[] allSearchNanos() {
        return queries.stream().flatMapToLong(q -> Arrays.stream(q.searchNanos)).toArray();
    }

    static long percentile(long[] values, int percent) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = SearchBench.sorted(values);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
