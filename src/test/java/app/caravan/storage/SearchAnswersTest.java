package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.SearchTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search answers on a seeded random corpus of {@value #DOCS} interviews (three posting
 * partitions), after a bulk import, single saves, updates, re-dates, deletes and a second bulk
 * import into a half-full partition, for a query mix under three tunings, with and without a
 * {@code within} set, a page and everything: every answer (ids in order, total, exact) equals the
 * one recorded in {@code search-answers.txt}, which was written by the index as it stood before
 * the packed posting format (ADR 0008, one row per term and document). Then the vault is turned
 * back into schema 13 (its postings as one row each) and opened: the migration to 14 writes the
 * very blocks the index wrote, and the answers are still the recorded ones. So neither the packed
 * format nor its migration changes an answer.
 *
 * <p>{@code -Dcaravan.search.record=FILE} writes the answers to FILE instead of comparing.
 */
class SearchAnswersTest {
    static final int DOCS = 9_000;
    static final String ANSWERS = "search-answers.txt";
    static final Map<String, SearchIndex.Tuning> TUNINGS = new LinkedHashMap<>();

    static {
        TUNINGS.put("default", SearchIndex.DEFAULT_TUNING);
        TUNINGS.put("plain", new SearchIndex.Tuning(1_000, 64, 4_096, 1_000_000));
        TUNINGS.put("tiny", new SearchIndex.Tuning(3, 4, 16, 30));
    }

    @TempDir
    Path temp;

    /** A seeded corpus: pseudo-words in Latin and Cyrillic with Zipf-like frequencies, and city spellings. */
    static final class Corpus {
        final Random random;
        final List<String> vocabulary = new ArrayList<>();
        private static final String[] LATIN = {"ka", "to", "ri", "mo", "sha", "ve", "lu", "dan", "pe", "zo", "ni", "gra"};
        private static final String[] CYRILLIC = {"ка", "то", "ри", "мо", "ша", "ве", "лу", "дан", "пе", "зо", "ни", "гра"};
        private static final String[] CITIES = {"Ташкент", "Tashkent", "Toshkent", "Москва", "Москве", "Moscow"};

        Corpus(long seed) {
            random = new Random(seed);
            Set<String> seen = new HashSet<>();
            while (vocabulary.size() < 3_000) {
                String[] syllables = random.nextBoolean() ? LATIN : CYRILLIC;
                StringBuilder word = new StringBuilder();
                int length = 1 + random.nextInt(4);
                for (int i = 0; i < length; i++) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                if (seen.add(word.toString())) {
                    vocabulary.add(word.toString());
                }
            }
        }

        String word() {
            if (random.nextInt(40) == 0) {
                return CITIES[random.nextInt(CITIES.length)];
            }
            // Zipf-like: rank r with probability about 1/r
            double r = Math.exp(random.nextDouble() * Math.log(vocabulary.size()));
            return vocabulary.get(Math.min(vocabulary.size() - 1, (int) r - 1));
        }

        String text() {
            int words = 10 + random.nextInt(60);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words; i++) {
                out.append(word()).append(random.nextInt(9) == 0 ? ", " : " ");
            }
            return out.toString();
        }

        OffsetDateTime at(int n) {
            // Every 20th interview shares its instant with another: the order then falls back to the id
            int minutes = n % 20 == 0 ? 0 : random.nextInt(700_000);
            return OffsetDateTime.parse("2022-03-01T10:00:00+05:00").plusMinutes(minutes);
        }

        Interview interview(int n) {
            return Interview.builder(new UUID(7, n), "P" + n, at(n)).consent(Consent.NONE.withParticipation(true))
                    .transcript(text()).build();
        }
    }

    @Test
    void everyAnswerIsTheOneTheRowPerPostingIndexGaveAlsoAfterMigratingItsRows() throws Exception {
        Path dir = temp.resolve("v");
        Corpus corpus = new Corpus(20_240_521L);
        List<String> answers;
        List<String> blocks;
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            fill(vault, corpus);
            answers = answers(vault, corpus);
            blocks = blocks(vault);
            String record = System.getProperty("caravan.search.record");
            if (record != null) {
                Files.write(Path.of(record), answers, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(answers.size() > 200, "the comparison must cover many answers: " + answers.size());
            assertEquals(recorded(), answers);
            toSchemaThirteen(vault);
        }
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(blocks, blocks(vault), "the migration writes the blocks the index writes");
            assertEquals(recorded(), answers(vault, corpus));
            long oldTables = vault.read("looking for the old table", c -> SearchIndexRows.count(c,
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'SEARCH_POSTING'"));
            assertEquals(0, oldTables);
        }
    }

    /** Every block row, as text. */
    static List<String> blocks(Vault vault) {
        return vault.read("reading the blocks", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT block, docs FROM search_block ORDER BY block");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + " " + HexFormat.of().formatHex(rs.getBytes(2)));
                }
            }
            return out;
        });
    }

    /**
     * Turns the vault back into schema 13: the postings as V6 kept them, one key per term and
     * document ({@code partition · 2^43 + term_id · 2^12 + doc mod 4096}), and no V14 in the history.
     */
    static void toSchemaThirteen(Vault vault) {
        vault.write("writing the old postings", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE search_posting (posting BIGINT PRIMARY KEY)");
                s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '14'");
            }
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT block, docs FROM search_block ORDER BY block");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int low : PostingBlock.decode(rs.getBytes(2))) {
                        keys.add(rs.getLong(1) << 12 | low);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_posting (posting) VALUES (?)")) {
                for (long key : keys) {
                    s.setLong(1, key);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE search_block");
            }
            return null;
        });
    }

    static List<String> recorded() throws IOException {
        try (InputStream in = SearchAnswersTest.class.getResourceAsStream(ANSWERS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The bulk import, then single changes of every kind, then a second import into a half-full partition. */
    static void fill(Vault vault, Corpus corpus) {
        InterviewEvents events = new InterviewEvents();
        // Held postings are written several times on the way, as in a big import
        events.add(new SearchIndex(vault, SearchIndex.DEFAULT_TUNING, 100_000));
        InterviewStore store = new InterviewStore(vault, events);
        List<IdentifiedInterview> first = new ArrayList<>();
        for (int n = 0; n < DOCS; n++) {
            first.add(new IdentifiedInterview(corpus.interview(n), Identity.EMPTY));
        }
        store.importAll(List.of(), List.of(), List.of(), first);
        for (int k = 0; k < 120; k++) {
            int n = corpus.random.nextInt(DOCS);
            UUID id = new UUID(7, n);
            switch (k % 4) {
                case 0 -> store.delete(id);
                case 1 -> change(store, id, i -> i.toBuilder().transcript(corpus.text()).build());
                case 2 -> change(store, id, i -> i.toBuilder().interviewedAt(corpus.at(n + 1)).build());
                default -> store.insert(corpus.interview(DOCS + k));
            }
        }
        List<IdentifiedInterview> second = new ArrayList<>();
        for (int n = DOCS + 200; n < DOCS + 500; n++) {
            second.add(new IdentifiedInterview(corpus.interview(n), Identity.EMPTY));
        }
        store.importAll(List.of(), List.of(), List.of(), second);
    }

    private static void change(InterviewStore store, UUID id, java.util.function.UnaryOperator<Interview> edit) {
        store.find(id).ifPresent(i -> store.update(id, i.revision(), consent -> edit.apply(i), "test", Instant.EPOCH));
    }

    /** The folded term of one word. */
    static String term(String word) {
        return SearchTokens.tokenize(word).get(0).term();
    }

    static List<SearchIndex.Term> word(String... spellings) {
        List<SearchIndex.Term> out = new ArrayList<>();
        for (String s : spellings) {
            out.add(new SearchIndex.Term(term(s), false));
        }
        return out;
    }

    /** The first {@code letters} of the folded form of the first word from {@code rank} on that is longer. */
    static List<SearchIndex.Term> prefix(List<String> vocabulary, int rank, int letters) {
        int r = rank;
        while (term(vocabulary.get(r)).length() <= letters) {
            r++;
        }
        return List.of(new SearchIndex.Term(term(vocabulary.get(r)).substring(0, letters), true));
    }

    /** The query mix: rare, middling and common words, pairs, prefixes, phrases and city spellings. */
    static Map<String, List<List<List<SearchIndex.Term>>>> queries(Corpus corpus) {
        List<String> v = corpus.vocabulary;
        Map<String, List<List<List<SearchIndex.Term>>>> q = new LinkedHashMap<>();
        q.put("rare", List.of(List.of(word(v.get(2_900)))));
        q.put("middling", List.of(List.of(word(v.get(150)))));
        q.put("common", List.of(List.of(word(v.get(0)))));
        q.put("two common", List.of(List.of(word(v.get(0))), List.of(word(v.get(1)))));
        q.put("common and rare", List.of(List.of(word(v.get(2))), List.of(word(v.get(2_500)))));
        q.put("common and middling", List.of(List.of(word(v.get(1))), List.of(word(v.get(300)))));
        q.put("short prefix", List.of(List.of(prefix(v, 5, 2))));
        q.put("prefix and common", List.of(List.of(prefix(v, 7, 3)), List.of(word(v.get(3)))));
        q.put("phrase of common words", List.of(List.of(word(v.get(0)), word(v.get(1)))));
        q.put("phrase with a middling word", List.of(List.of(word(v.get(4)), word(v.get(80)))));
        q.put("city spellings", List.of(List.of(word("Toshkent", "Tashkent", "Ташкент"))));
        q.put("city and common", List.of(List.of(word("Москва", "Moscow")), List.of(word(v.get(2)))));
        q.put("unknown word", List.of(List.of(word("qqqqzzz"))));
        return q;
    }

    static List<String> answers(Vault vault, Corpus corpus) throws NoSuchAlgorithmException {
        Random pick = new Random(7);
        Set<UUID> small = new HashSet<>();
        Set<UUID> large = new HashSet<>();
        for (int n = 0; n < DOCS + 500; n++) {
            if (pick.nextInt(20) == 0) {
                small.add(new UUID(7, n));
            }
            if (pick.nextInt(3) > 0) {
                large.add(new UUID(7, n));
            }
        }
        Map<String, Set<UUID>> withins = new LinkedHashMap<>();
        withins.put("all", null);
        withins.put("small", small);
        withins.put("large", large);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, SearchIndex.Tuning> tuning : TUNINGS.entrySet()) {
            SearchIndex index = new SearchIndex(vault, tuning.getValue());
            for (Map.Entry<String, List<List<List<SearchIndex.Term>>>> query : queries(corpus).entrySet()) {
                for (Map.Entry<String, Set<UUID>> within : withins.entrySet()) {
                    for (int enough : List.of(20, 1_000_000)) {
                        SearchIndex.Found found = index.find(query.getValue(), within.getValue(), enough);
                        out.add(tuning.getKey() + " | " + query.getKey() + " | within " + within.getKey() + " | "
                                + enough + " → total " + found.total() + (found.exact() ? " exact" : " at least")
                                + ", " + found.ids().size() + " ids " + digest(found.ids()));
                    }
                }
            }
        }
        return out;
    }

    /** The ids in order, as interview numbers, hashed (the first few in clear, for reading a difference). */
    static String digest(List<UUID> ids) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            long n = ids.get(i).getLeastSignificantBits();
            sha.update(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ',');
            if (i < 5) {
                head.append(n).append(',');
            }
        }
        return "[" + head + "…] " + HexFormat.of().formatHex(sha.digest(), 0, 12);
    }
}
