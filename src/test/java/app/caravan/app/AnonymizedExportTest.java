package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.anonymize.Category;
import app.caravan.anonymize.Injections;
import app.caravan.anonymize.KAnonymity;
import app.caravan.anonymize.QuasiIdentifier;
import app.caravan.app.ExportScenario.Kind;
import app.caravan.app.ExportScenario.Qi;
import app.caravan.domain.Identity;
import app.caravan.domain.Segment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The anonymized export end to end on real vaults: nothing injected as a name or contact
 * survives in any file, the released rows are k-anonymous, the consent counts add up, and the
 * REFI-QDA project is valid and cuts exactly the exported segment texts.
 */
class AnonymizedExportTest {
    static final String NS = "urn:QDA-XML:project:1.0";
    static final int INTERVIEWS = 60;

    @TempDir
    Path temp;

    @Test
    void noInjectedNameOrContactSurvivesInAnyFileOfAnyFormat() throws Exception {
        try (VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            String background = background(vault);
            Injections generator = new Injections(20221017, token -> occurs(background, token, false));
            Random random = generator.random();
            List<String> injected = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            List<String> inText = new ArrayList<>();
            Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
            for (int n = 0; n < INTERVIEWS; n++) {
                Injections.Text text = generator.next(8 + random.nextInt(10), 2);
                Kind kind = ExportScenario.randomKind(random);
                kinds.merge(kind, 1, Integer::sum);
                List<Segment> segments = ExportScenario.segments(text.transcript(), text.memos(), random);
                ExportScenario.add(vault, "P" + n, kind, Qi.random(random), text.transcript(), segments,
                        text.identity());
                injected.addAll(text.injected());
                inText.addAll(text.injected());
                raw.append(text.transcript()).append('\n').append(String.join("\n", text.memos())).append('\n');
                Identity id = text.identity();
                injected.addAll(Arrays.asList(id.contact().split(", ")));
                tokens.addAll(text.nameTokens());
            }
            assertTrue(injected.size() >= 500 && injected.size() <= 1500, "injections: " + injected.size());
            assertTrue(kinds.get(Kind.WITH_TEXT) > INTERVIEWS / 2, kinds.toString());

            Path out = temp.resolve("dataset");
            AnonymizedExportService.Report report = vault.anonymizedExport().export(ExportScenario.request(out,
                    List.of("city", "profession"), 2, false, List.of()), null, null);
            assertTrue(report.participants() > INTERVIEWS / 2, "participants: " + report.participants());
            assertTrue(report.replacements().getOrDefault(Category.PERSON.name(), 0) > 200, report.replacements()
                    .toString());

            Map<String, byte[]> files = ExportFiles.read(out);
            assertTrue(files.keySet().containsAll(List.of("interviews.csv", "segments.csv", "interviews.jsonl",
                    "codebook.json", "codebook.md", "project.qdpx", "DATACARD.md", "project.qdpx!project.qde")),
                    files.keySet().toString());
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("project.qdpx!Sources/")), "sources");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!file.getKey().equals("project.qdpx")) { // deflated: its entries are read one by one
                    String leak = leak(new String(file.getValue(), StandardCharsets.UTF_8), injected, tokens);
                    assertNull(leak, file.getKey() + " holds " + leak);
                }
            }
            String original = raw.toString();
            assertTrue(inText.stream().allMatch(s -> leak(original, List.of(s), List.of()) != null),
                    "the check finds every injection in the original text");
            assertTrue(tokens.stream().filter(t -> leak(original, List.of(), List.of(t)) != null).count()
                    > tokens.size() / 4, "and name tokens (a nominative is not always a prefix of the forms used)");
            assertTrue(new String(files.get("segments.csv"), StandardCharsets.UTF_8).contains("приехали"),
                    "the text itself went out");
            selectionsCutTheSegmentTexts(files);
        }
    }

    /** The first injected string (bounded by non-alphanumerics) or name token (starting a word) in {@code content}. */
    static String leak(String content, List<String> injected, List<String> tokens) {
        String lower = content.toLowerCase(Locale.ROOT);
        for (String s : injected) {
            if (occurs(lower, s.toLowerCase(Locale.ROOT), true)) {
                return "the injected \"" + s + "\"";
            }
        }
        for (String token : tokens) {
            // a name's word at the start of a word: also catches its inflected forms
            if (occurs(lower, token, false)) {
                return "the name token \"" + token + "\"";
            }
        }
        return null;
    }

    /** {@code needle} in {@code text} after a non-alphanumeric (and, when {@code whole}, before one). */
    static boolean occurs(String text, String needle, boolean whole) {
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
                    && (!whole || end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Ordinary text of an export of this vault (no names in it): a name made of such words could not be found. */
    private String background(VaultSession vault) throws Exception {
        for (int n = 0; n < 4; n++) {
            String text = String.join(" ", Injections.FILLER) + ". Звоните +7 912 345-67-89, пишите a.b@mail.ru,"
                    + " @handle_x, Николай сказал.";
            ExportScenario.add(vault, "B" + n, n == 3 ? Kind.TEXTLESS : Kind.WITH_TEXT, Qi.SAME, text,
                    ExportScenario.segments(text, List.of("memo", ""), new Random(n)),
                    new Identity("Николай", "", List.of()));
        }
        Path out = temp.resolve("background");
        vault.anonymizedExport().export(ExportScenario.request(out, List.of("city"), 2, false, List.of()), null, null);
        StringBuilder all = new StringBuilder(String.join(" ", Injections.FILLER));
        ExportFiles.read(out).values().forEach(b -> all.append('\n').append(new String(b, StandardCharsets.UTF_8)));
        all.append(vault.vocabulary().current()).append(Arrays.toString(Category.values()));
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** The project validates, and its selections, cut by code points, are segments.csv's texts in order. */
    static void selectionsCutTheSegmentTexts(Map<String, byte[]> files) throws Exception {
        byte[] qde = files.get("project.qdpx!project.qde");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(AnonymizedExportTest.class.getResource("/refi-qda/Project.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(qde)));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Map<String, String> row : ExportFiles.records(files.get("segments.csv"))) {
            if (!row.get("start").isEmpty()) {
                expected.computeIfAbsent(row.get("participant_id"), k -> new ArrayList<>()).add(row.get("text"));
            }
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
        NodeList sources = doc.getElementsByTagNameNS(NS, "TextSource");
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (int s = 0; s < sources.getLength(); s++) {
            Element source = (Element) sources.item(s);
            byte[] plain = files.get("project.qdpx!Sources/" + source.getAttribute("guid") + ".txt");
            assertNotNull(plain, source.getAttribute("plainTextPath"));
            int[] cps = new String(plain, StandardCharsets.UTF_8).codePoints().toArray();
            NodeList selections = source.getElementsByTagNameNS(NS, "PlainTextSelection");
            List<String> quotes = new ArrayList<>();
            for (int i = 0; i < selections.getLength(); i++) {
                Element sel = (Element) selections.item(i);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                quotes.add(new String(cps, start, end - start));
            }
            if (!quotes.isEmpty()) {
                cut.put(source.getAttribute("name"), quotes);
            }
        }
        expected.values().removeIf(List::isEmpty);
        assertFalse(expected.isEmpty(), "segments with text were exported");
        assertEquals(expected, cut, "every selection covers exactly its segment's exported text");
    }

    @Test
    void releasedRowsAreKAnonymousAndTheSuppressedCountMatches() throws Exception {
        try (VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Random random = new Random(3);
            int included = 0;
            for (int n = 0; n < 45; n++) {
                Kind kind = n % 9 == 8 ? Kind.NO_RESEARCH : n % 5 == 4 ? Kind.TEXTLESS : Kind.WITH_TEXT;
                included += kind == Kind.NO_RESEARCH ? 0 : 1;
                String text = "мы приехали сюда осенью " + n;
                ExportScenario.add(vault, "K" + n, kind, Qi.random(random), text,
                        ExportScenario.segments(text, List.of(""), random), Identity.EMPTY);
            }
            Map<QuasiIdentifier, String> columns = Map.of(QuasiIdentifier.CITY, "current_place",
                    QuasiIdentifier.ORIGIN, "origin_place", QuasiIdentifier.PROFESSION, "profession",
                    QuasiIdentifier.AGE, "age_band", QuasiIdentifier.GENDER, "gender", QuasiIdentifier.WAVE,
                    "departure_wave");
            int run = 0;
            for (List<String> qiKeys : List.of(List.of("city", "profession"), List.of("age", "gender", "wave", "origin"))) {
                for (int k : new int[] {2, 3}) {
                    Path out = temp.resolve("k" + run++);
                    AnonymizedExportService.Report report = vault.anonymizedExport().export(
                            ExportScenario.request(out, qiKeys, k, false, List.of()), null, null);
                    Map<String, byte[]> files = ExportFiles.read(out);
                    List<Map<String, String>> rows = ExportFiles.records(files.get("interviews.csv"));
                    Set<QuasiIdentifier> qis = EnumSet.noneOf(QuasiIdentifier.class);
                    qiKeys.forEach(q -> qis.add(QuasiIdentifier.fromKey(q)));
                    List<Map<QuasiIdentifier, String>> released = new ArrayList<>();
                    Map<List<String>, Integer> classes = new HashMap<>();
                    for (Map<String, String> row : rows) {
                        Map<QuasiIdentifier, String> values = new EnumMap<>(QuasiIdentifier.class);
                        qis.forEach(q -> values.put(q, row.get(columns.get(q))));
                        released.add(values);
                        classes.merge(List.copyOf(values.values()), 1, Integer::sum);
                    }
                    String where = qiKeys + ", k = " + k + ": ";
                    assertTrue(KAnonymity.check(released, qis, k) >= k, where + classes);
                    assertTrue(classes.values().stream().allMatch(size -> size >= k), where + classes);
                    assertEquals(report.participants(), rows.size(), where);
                    assertEquals(included - rows.size(), report.suppressed(), where + "suppressed = included − rows");
                    String card = new String(files.get("DATACARD.md"), StandardCharsets.UTF_8);
                    assertTrue(card.contains("- Records suppressed: " + (included - rows.size()) + "\n"), where + card);
                    assertTrue(card.contains("- k (k-anonymity): " + k + "\n"), where + card);
                }
            }
        }
    }

    @Test
    void everyConsentReasonIsCountedAndTextlessParticipantsKeepOnlyTheirThemes() throws Exception {
        try (VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Map<Kind, Integer> counts = new EnumMap<>(Map.of(Kind.NO_PARTICIPATION, 2, Kind.WITHDRAWN, 3,
                    Kind.NO_RESEARCH, 4, Kind.WITH_TEXT, 5, Kind.TEXTLESS, 3));
            int n = 0;
            for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
                for (int i = 0; i < e.getValue(); i++, n++) {
                    // a marker word per interview, to see whose text went out
                    String text = "мы приехали сюда осенью, маркер" + e.getKey().name().toLowerCase(Locale.ROOT)
                            + "x" + i + " и нашли работу";
                    String theme = e.getKey() == Kind.TEXTLESS ? "return-intentions" : "remote-work";
                    ExportScenario.add(vault, "C" + n, e.getKey(), Qi.SAME, text, List.of(
                            new Segment(3, text.length(), List.of(theme), "memo " + i)), Identity.EMPTY);
                }
            }
            Path out = temp.resolve("dataset");
            AnonymizedExportService.Report report = vault.anonymizedExport().export(ExportScenario.request(out,
                    List.of("city", "gender"), 2, false, List.of()), null, null);

            assertEquals(Map.of("no participation consent", 2, "consent withdrawn", 3, "no research-sharing consent",
                    4), report.excluded());
            assertEquals(8, report.participants());
            assertEquals(3, report.textless());
            assertEquals(0, report.suppressed());
            Map<String, byte[]> files = ExportFiles.read(out);
            String card = new String(files.get("DATACARD.md"), StandardCharsets.UTF_8);
            for (String line : List.of("- Participants: 8\n", "- With text: 5\n", "- Interviews excluded: 9\n",
                    "- Without text (no verbatim-quote consent; variables and coded themes only): 3\n",
                    "| no research-sharing consent | 4 |\n", "| consent withdrawn | 3 |\n",
                    "| no participation consent | 2 |\n")) {
                assertTrue(card.contains(line), line + " in\n" + card);
            }

            StringBuilder all = new StringBuilder();
            files.forEach((name, bytes) -> all.append(name.equals("project.qdpx") ? "" : new String(bytes,
                    StandardCharsets.UTF_8)).append('\n'));
            for (Kind kind : Kind.values()) {
                String marker = "маркер" + kind.name().toLowerCase(Locale.ROOT) + "x";
                int occurrences = all.toString().split(marker, -1).length - 1;
                if (kind == Kind.WITH_TEXT) {
                    assertTrue(occurrences >= 5, "the text of those who allowed quotes is there: " + occurrences);
                } else {
                    assertEquals(0, occurrences, kind + "'s text must not be in any file");
                }
            }
            List<Map<String, String>> rows = ExportFiles.records(files.get("interviews.csv"));
            List<String> textless = rows.stream().filter(r -> r.get("has_text").equals("false"))
                    .map(r -> r.get("participant_id")).toList();
            assertEquals(3, textless.size(), rows.toString());
            List<Map<String, String>> segments = ExportFiles.records(files.get("segments.csv")).stream()
                    .filter(r -> textless.contains(r.get("participant_id"))).toList();
            assertEquals(3, segments.size(), "a textless participant's segments are rows too");
            for (Map<String, String> segment : segments) {
                assertEquals("return-intentions", segment.get("themes"));
                assertEquals("", segment.get("text") + segment.get("start") + segment.get("end") + segment.get("memo"),
                        "no text, offsets or memo for " + segment);
            }
        }
    }

    @Test
    void everyCombinationOfFlagsAndWithdrawalIsDecidedAsSpecified() throws Exception {
        try (VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Map<String, Integer> excluded = new LinkedHashMap<>();
            int withText = 0;
            int textless = 0;
            for (int flags = 0; flags < 16; flags++) {
                boolean participation = (flags & 1) != 0;
                boolean verbatim = (flags & 2) != 0;
                boolean share = (flags & 4) != 0;
                boolean withdrawn = (flags & 8) != 0;
                String text = "мы приехали сюда осенью, флаги" + flags + "x";
                app.caravan.domain.Interview created = vault.interviews().create("F" + flags);
                app.caravan.domain.Interview.Builder b = created.toBuilder().currentCity("tashkent")
                        .consent(new app.caravan.domain.Consent(participation, false, verbatim, false, share, false,
                                app.caravan.domain.ConsentMethod.VERBAL, java.time.OffsetDateTime.now(), null));
                if (participation) {
                    b.transcript(text).segments(List.of(new Segment(0, 5, List.of("remote-work"), "")));
                }
                app.caravan.domain.Interview saved = vault.interviews().save(b.build());
                if (withdrawn) {
                    vault.interviews().withdraw(saved.id(), java.time.OffsetDateTime.now());
                }
                String reason = !participation ? "no participation consent" : withdrawn ? "consent withdrawn"
                        : !share ? "no research-sharing consent" : null;
                if (reason != null) {
                    excluded.merge(reason, 1, Integer::sum);
                } else if (verbatim) {
                    withText++;
                } else {
                    textless++;
                }
            }
            Path out = temp.resolve("dataset");
            AnonymizedExportService.Report report = vault.anonymizedExport().export(ExportScenario.request(out,
                    List.of("city"), 2, false, List.of()), null, null);
            assertEquals(Map.of("no participation consent", 8, "consent withdrawn", 4, "no research-sharing consent", 2),
                    excluded, "the rule, spelled out");
            assertEquals(excluded, report.excluded());
            assertEquals(withText + textless, report.participants());
            assertEquals(textless, report.textless());
            String all = new String(ExportFiles.read(out).get("interviews.jsonl"), StandardCharsets.UTF_8)
                    + new String(ExportFiles.read(out).get("segments.csv"), StandardCharsets.UTF_8);
            for (int flags = 0; flags < 16; flags++) {
                boolean out_ = flags != (1 | 2 | 4);
                assertEquals(!out_, all.contains("флаги" + flags + "x"), "text of flags " + flags);
            }
        }
    }
}
