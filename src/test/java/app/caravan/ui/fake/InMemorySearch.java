package app.caravan.ui.fake;

import app.caravan.app.InvalidInputException;
import app.caravan.app.SearchHit;
import app.caravan.app.SearchMatch;
import app.caravan.app.SearchMatch.Range;
import app.caravan.app.SearchMatch.Source;
import app.caravan.app.SearchResult;
import app.caravan.app.SearchService;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Transliteration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple search over the in-memory vault for UI tests: words folded across script and case,
 * {@code prefix*}, {@code "phrases"}, all terms in the same interview. Offsets are those of the
 * original text, so the UI can highlight and select exactly what matched.
 */
public final class InMemorySearch implements SearchService {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int CONTEXT = 40;
    private final InMemoryVault vault;

    InMemorySearch(InMemoryVault vault) {
        this.vault = vault;
    }

    /** A term: one or more folded words; the last may be a prefix. */
    private record Term(List<String> words, boolean prefix) {
    }

    private record Word(int start, int end, String folded) {
    }

    @Override
    public SearchResult search(String query, Set<UUID> within, int limit) throws InvalidInputException {
        List<Term> terms = parse(query);
        List<Interview> candidates;
        synchronized (vault) {
            candidates = new ArrayList<>(vault.interviews.values());
        }
        candidates.sort(Comparator.comparing(Interview::interviewedAt).reversed());
        List<SearchHit> hits = new ArrayList<>();
        int total = 0;
        for (Interview interview : candidates) {
            if (terms.isEmpty() || (within != null && !within.contains(interview.id()))) {
                continue;
            }
            List<SearchMatch> matches = new ArrayList<>();
            boolean all = true;
            for (Term term : terms) {
                List<SearchMatch> found = find(interview, term);
                all &= !found.isEmpty();
                matches.addAll(found);
            }
            if (!all) {
                continue;
            }
            total++;
            if (hits.size() < limit) {
                hits.add(new SearchHit(interview.id(), interview.pseudonym(), interview.interviewedAt(), matches.size(),
                        matches.stream().limit(5).toList()));
            }
        }
        return new SearchResult(query, total, true, hits);
    }

    private static List<Term> parse(String query) throws InvalidInputException {
        List<Term> terms = new ArrayList<>();
        String q = query == null ? "" : query;
        int quote = -1;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= q.length(); i++) {
            char c = i < q.length() ? q.charAt(i) : ' ';
            if (i < q.length() && c == '"') {
                if (quote >= 0) {
                    add(terms, current.toString(), false);
                    current.setLength(0);
                    quote = -1;
                } else {
                    add(terms, current.toString(), true);
                    current.setLength(0);
                    quote = i;
                }
            } else if (quote < 0 && Character.isWhitespace(c)) {
                add(terms, current.toString(), true);
                current.setLength(0);
            } else if (i < q.length()) {
                current.append(c);
            }
        }
        if (quote >= 0) {
            throw new InvalidInputException("Search query: the quote at character " + (quote + 1) + " is not closed");
        }
        return terms;
    }

    private static void add(List<Term> terms, String text, boolean single) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        boolean prefix = single && t.endsWith("*");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(prefix ? t.substring(0, t.length() - 1) : t);
        while (m.find()) {
            words.add(Transliteration.fold(m.group()));
        }
        if (!words.isEmpty()) {
            terms.add(new Term(words, prefix));
        }
    }

    private static List<SearchMatch> find(Interview interview, Term term) {
        List<SearchMatch> out = new ArrayList<>();
        String transcript = interview.transcript() == null ? "" : interview.transcript();
        for (int[] r : occurrences(transcript, term)) {
            out.add(match(Source.TRANSCRIPT, 0, transcript, r, r[0]));
        }
        for (int i = 0; i < interview.notes().size(); i++) {
            String text = interview.notes().get(i).text();
            for (int[] r : occurrences(text, term)) {
                out.add(match(Source.NOTE, i, text, r, 0));
            }
        }
        for (int i = 0; i < interview.segments().size(); i++) {
            Segment s = interview.segments().get(i);
            for (int[] r : occurrences(s.memo(), term)) {
                out.add(match(Source.MEMO, i, s.memo(), r, s.start()));
            }
        }
        return out;
    }

    private static List<int[]> occurrences(String text, Term term) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), Transliteration.fold(m.group())));
        }
        List<int[]> out = new ArrayList<>();
        int n = term.words().size();
        for (int i = 0; i + n <= words.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String w = words.get(i + k).folded();
                String t = term.words().get(k);
                ok = term.prefix() && k == n - 1 ? w.startsWith(t) : w.equals(t);
            }
            if (ok) {
                out.add(new int[] {words.get(i).start(), words.get(i + n - 1).end()});
            }
        }
        return out;
    }

    private static SearchMatch match(Source source, int index, String text, int[] r, int transcriptOffset) {
        int from = Math.max(0, r[0] - CONTEXT);
        int to = Math.min(text.length(), r[1] + CONTEXT);
        String snippet = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        int shift = from > 0 ? 1 - from : -from;
        return new SearchMatch(source, index, r[0], r[1], transcriptOffset, snippet,
                List.of(new Range(r[0] + shift, r[1] + shift)));
    }
}
