package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.anonymize.Dataset.CodedSpan;
import app.caravan.anonymize.Dataset.Participant;
import app.caravan.domain.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class RefiQdaWriterTest {
    static final String NS = "urn:QDA-XML:project:1.0";
    static final List<String> COLUMNS = List.of("participant_id", "current_country", "profession", "age_band");
    static final List<Theme> THEMES = List.of(
            new Theme("migration", "Миграция", null, "#1f77b4", "Всё о переезде: причины & пути <границы>"),
            new Theme("route", "Маршрут", "migration", "#ff7f0e", null),
            new Theme("border", "Граница", "route", "#2CA02C", "Переход границы"),
            new Theme("work", "Работа", null, "#d62728", ""));

    static final String TEXT_A = "Интервьюер: как вы уехали? 😀 Мы уехали осенью через [CITY in Georgia]. "
            + "Я работал удалённо 👩‍💻 & писал <код> для заказчиков.";
    static final String TEXT_B = "🇬🇪 Граница была закрыта, мы ждали три дня.";

    static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(RefiQdaWriterTest.class.getResource("/refi-qda/Project.xsd"));
    }

    /** A span over the first occurrence of {@code quote}, in the Java offsets the dataset uses. */
    static CodedSpan span(String text, String quote, String memo, String... themes) {
        int start = text.indexOf(quote);
        assertTrue(start >= 0, quote);
        return new CodedSpan(start, start + quote.length(), List.of(themes), memo);
    }

    static DataCard card() {
        return new DataCard("0.6.0-test", Instant.parse("2026-11-21T15:30:12.345Z"), 3, Map.of(), 1,
                "research-sharing", List.of("current_country"), 5, Map.of(), 0, new TreeMap<>(), 0.2, 0.1, null,
                Map.of(), "country", "random", List.of("qdpx"));
    }

    /** The coded quotes per participant, in span order: what every selection must cut out. */
    static final Map<String, List<String>> QUOTES = new LinkedHashMap<>();

    static Dataset dataset() {
        QUOTES.clear();
        List<CodedSpan> a = List.of(
                span(TEXT_A, "Интервьюер", "", "work"),
                span(TEXT_A, "Мы уехали осенью", "первый & главный <момент>", "migration", "route"),
                span(TEXT_A, "через [CITY in Georgia]", "", "border", "route", "migration"),
                span(TEXT_A, "удалённо 👩‍💻 & писал", "", "work"),
                span(TEXT_A, "для заказчиков.", "", "work", "migration"));
        QUOTES.put("P-7K2Q", List.of("Интервьюер", "Мы уехали осенью", "через [CITY in Georgia]",
                "удалённо 👩‍💻 & писал", "для заказчиков."));
        List<CodedSpan> b = List.of(
                span(TEXT_B, "🇬🇪 Граница", "", "border"),
                span(TEXT_B, "три дня", "ждали", "border", "route"));
        QUOTES.put("P-Z9X1", List.of("🇬🇪 Граница", "три дня"));
        List<CodedSpan> textless = List.of(new CodedSpan(-1, -1, List.of("work"), ""),
                new CodedSpan(-1, -1, List.of("route", "work"), ""));
        return new Dataset("Релокация 2022 <выборка> & \"кофе\"", COLUMNS, List.of(
                new Participant("P-7K2Q", List.of("P-7K2Q", "Грузия", "IT", "25-34"), TEXT_A, a),
                new Participant("P-Z9X1", List.of("P-Z9X1", "*", "", "35-44"), TEXT_B, b),
                new Participant("P-3M8D", List.of("P-3M8D", "Армения", "учитель", "*"), null, textless)),
                THEMES, Map.of("work", 4, "border", 3), card());
    }

    static Map<String, byte[]> write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RefiQdaWriter().write(dataset, out);
        return unzip(out.toByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static void validate(byte[] qde) throws IOException, SAXException {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
    }

    static Document parse(byte[] qde) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
    }

    static List<Element> all(Node root, String name) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(NS, name)
                : ((Element) root).getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String name) {
        return all(parent, name).stream().filter(e -> e.getParentNode() == parent).toList();
    }

    @Test
    void theProjectValidatesAgainstTheRefiQdaSchema() throws Exception {
        Map<String, byte[]> zip = write(dataset());
        assertEquals(RefiQdaWriter.PROJECT_ENTRY, zip.keySet().iterator().next());
        validate(zip.get(RefiQdaWriter.PROJECT_ENTRY));
        assertEquals(3, zip.size(), "project.qde and one source per participant with text: " + zip.keySet());
    }

    @Test
    void theExampleShippedWithTheSchemaValidatesToo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/refi-qda/example-project.qde")) {
            validate(in.readAllBytes());
        }
        byte[] broken = new String(getClass().getResourceAsStream("/refi-qda/example-project.qde").readAllBytes(),
                StandardCharsets.UTF_8).replace("startPosition=\"6\"", "").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> validate(broken), "the validator must reject a missing position");
    }

    @Test
    void everySelectionCutsExactlyItsQuoteOutOfTheSourceFileByCodePoints() throws Exception {
        Map<String, byte[]> zip = write(dataset());
        Document doc = parse(zip.get(RefiQdaWriter.PROJECT_ENTRY));
        List<Element> sources = all(doc, "TextSource");
        assertEquals(2, sources.size());
        for (Element source : sources) {
            String path = source.getAttribute("plainTextPath");
            assertEquals("internal://" + source.getAttribute("guid") + ".txt", path);
            byte[] file = zip.get("Sources/" + path.substring("internal://".length()));
            assertNotNull(file, path);
            int[] cps = new String(file, StandardCharsets.UTF_8).codePoints().toArray();
            List<String> cut = new ArrayList<>();
            for (Element sel : children(source, "PlainTextSelection")) {
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                cut.add(new String(cps, start, end - start));
            }
            assertEquals(QUOTES.get(source.getAttribute("name")), cut, source.getAttribute("name"));
        }
        assertEquals(TEXT_B, new String(zip.get("Sources/" + sources.get(1).getAttribute("guid") + ".txt"),
                StandardCharsets.UTF_8), "the source file is the transcript, UTF-8, without BOM");
    }

    @Test
    void codesAreNestedByParentWithColorAndDescription() throws Exception {
        Document doc = parse(write(dataset()).get(RefiQdaWriter.PROJECT_ENTRY));
        Element codes = all(doc, "Codes").get(0);
        List<Element> roots = children(codes, "Code");
        assertEquals(List.of("Миграция", "Работа"), roots.stream().map(e -> e.getAttribute("name")).toList());
        Element migration = roots.get(0);
        assertEquals("Всё о переезде: причины & пути <границы>",
                children(migration, "Description").get(0).getTextContent());
        Element route = children(migration, "Code").get(0);
        assertEquals("Маршрут", route.getAttribute("name"));
        assertTrue(children(route, "Description").isEmpty(), "no empty description");
        Element border = children(route, "Code").get(0);
        assertEquals("Граница", border.getAttribute("name"));
        assertEquals("#2CA02C", border.getAttribute("color"));
        assertEquals("#1f77b4", migration.getAttribute("color"));
        for (Element code : all(doc, "Code")) {
            assertEquals("true", code.getAttribute("isCodable"));
        }
        assertEquals(4, all(doc, "Code").size());
    }

    @Test
    void everyCodingPointsAtTheThemesOfItsSpan() throws Exception {
        Document doc = parse(write(dataset()).get(RefiQdaWriter.PROJECT_ENTRY));
        Map<String, String> codeNames = new LinkedHashMap<>();
        all(doc, "Code").forEach(c -> codeNames.put(c.getAttribute("guid"), c.getAttribute("name")));
        List<List<String>> coded = new ArrayList<>();
        List<String> memos = new ArrayList<>();
        for (Element sel : all(doc, "PlainTextSelection")) {
            coded.add(children(sel, "Coding").stream()
                    .map(c -> codeNames.get(children(c, "CodeRef").get(0).getAttribute("targetGUID"))).toList());
            memos.add(children(sel, "Description").stream().map(Node::getTextContent).findFirst().orElse(""));
        }
        assertEquals(List.of(List.of("Работа"), List.of("Миграция", "Маршрут"),
                List.of("Граница", "Маршрут", "Миграция"), List.of("Работа"), List.of("Работа", "Миграция"),
                List.of("Граница"), List.of("Граница", "Маршрут")), coded);
        assertEquals(List.of("", "первый & главный <момент>", "", "", "", "", "ждали"), memos);
    }

    @Test
    void casesCarryVariablesAndTheirSourceAndATextlessParticipantItsThemes() throws Exception {
        Document doc = parse(write(dataset()).get(RefiQdaWriter.PROJECT_ENTRY));
        Map<String, String> variables = new LinkedHashMap<>();
        all(doc, "Variable").forEach(v -> {
            assertEquals("Text", v.getAttribute("typeOfVariable"));
            variables.put(v.getAttribute("guid"), v.getAttribute("name"));
        });
        assertEquals(List.of("current_country", "profession", "age_band"), List.copyOf(variables.values()));
        List<Element> cases = all(doc, "Case");
        assertEquals(List.of("P-7K2Q", "P-Z9X1", "P-3M8D"), cases.stream().map(c -> c.getAttribute("name")).toList());
        List<String> sourceGuids = all(doc, "TextSource").stream().map(s -> s.getAttribute("guid")).toList();

        assertEquals(Map.of("current_country", "Грузия", "profession", "IT", "age_band", "25-34"),
                values(cases.get(0), variables));
        assertEquals(sourceGuids.get(0), children(cases.get(0), "SourceRef").get(0).getAttribute("targetGUID"));
        assertTrue(children(cases.get(0), "CodeRef").isEmpty(), "its codings live on its selections");

        assertEquals(Map.of("current_country", "*", "age_band", "35-44"), values(cases.get(1), variables),
                "an unknown value is left out, a generalized one kept");

        Element textless = cases.get(2);
        assertTrue(children(textless, "SourceRef").isEmpty());
        assertEquals(Map.of("current_country", "Армения", "profession", "учитель", "age_band", "*"),
                values(textless, variables));
        Map<String, String> codeNames = new LinkedHashMap<>();
        all(doc, "Code").forEach(c -> codeNames.put(c.getAttribute("guid"), c.getAttribute("name")));
        assertEquals(List.of("Работа", "Маршрут"), children(textless, "CodeRef").stream()
                .map(r -> codeNames.get(r.getAttribute("targetGUID"))).toList());
    }

    static Map<String, String> values(Element c, Map<String, String> variables) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element v : children(c, "VariableValue")) {
            out.put(variables.get(children(v, "VariableRef").get(0).getAttribute("targetGUID")),
                    children(v, "TextValue").get(0).getTextContent());
        }
        return out;
    }

    @Test
    void projectHeaderNamesTheDatasetTheToolAndTheExportUser() throws Exception {
        Document doc = parse(write(dataset()).get(RefiQdaWriter.PROJECT_ENTRY));
        Element project = doc.getDocumentElement();
        assertEquals("Релокация 2022 <выборка> & \"кофе\"", project.getAttribute("name"));
        assertEquals("Caravan 0.6.0-test", project.getAttribute("origin"));
        assertEquals("2026-11-21T15:30:12Z", project.getAttribute("creationDateTime"));
        List<Element> users = all(doc, "User");
        assertEquals(1, users.size());
        assertEquals("Caravan export", users.get(0).getAttribute("name"));
        assertEquals(users.get(0).getAttribute("guid"), project.getAttribute("creatingUserGUID"));
    }

    @Test
    void guidsAreUpperCaseUniqueAndFreshForEveryExport() throws Exception {
        Set<String> first = guids(write(dataset()));
        Set<String> second = guids(write(dataset()));
        // 1 user + 4 codes + 3 variables + 3 cases + 2 sources + 7 selections + 12 codings
        assertEquals(32, first.size());
        for (String g : first) {
            assertTrue(g.matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"), g);
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        assertTrue(shared.isEmpty(), "two exports share GUIDs " + shared);
    }

    static Set<String> guids(Map<String, byte[]> zip) throws Exception {
        Set<String> out = new HashSet<>();
        int count = 0;
        NodeList all = parse(zip.get(RefiQdaWriter.PROJECT_ENTRY)).getElementsByTagNameNS(NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String g = ((Element) all.item(i)).getAttribute("guid");
            if (!g.isEmpty()) {
                out.add(g);
                count++;
            }
        }
        assertEquals(count, out.size(), "duplicate GUIDs");
        return out;
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndTheDocumentStaysValid() throws Exception {
        Dataset d = new Dataset("bad\u0001title\uD800", COLUMNS, List.of(new Participant("P-1",
                List.of("P-1", "a\u0000b", "x", "y"), "текст\u0007 \uD800и 😀 ещё", List.of(
                        new CodedSpan(10, 15, List.of("work"), "memo\u001Fend")))), THEMES, Map.of(), card());
        Map<String, byte[]> zip = write(d);
        validate(zip.get(RefiQdaWriter.PROJECT_ENTRY));
        Document doc = parse(zip.get(RefiQdaWriter.PROJECT_ENTRY));
        assertEquals("bad\uFFFDtitle\uFFFD", doc.getDocumentElement().getAttribute("name"));
        assertEquals("memo\uFFFDend", all(doc, "PlainTextSelection").get(0).getTextContent());
        Element sel = all(doc, "PlainTextSelection").get(0);
        int[] cps = new String(zip.get("Sources/" + all(doc, "TextSource").get(0).getAttribute("guid") + ".txt"),
                StandardCharsets.UTF_8).codePoints().toArray();
        int start = Integer.parseInt(sel.getAttribute("startPosition"));
        assertEquals("😀 ещ", new String(cps, start, Integer.parseInt(sel.getAttribute("endPosition")) - start));
    }

    @Test
    void anEmptyDatasetIsStillAValidProject() throws Exception {
        Map<String, byte[]> zip = write(new Dataset("Пусто", List.of("participant_id"), List.of(), List.of(),
                Map.of(), card()));
        assertEquals(Set.of(RefiQdaWriter.PROJECT_ENTRY), zip.keySet());
        validate(zip.get(RefiQdaWriter.PROJECT_ENTRY));
    }

    @Test
    void inconsistentDataFailsBeforeAnythingIsWrittenAndSaysWhere() {
        String text = "а😀б";
        assertRejects(text, new CodedSpan(0, 2, List.of("work"), ""), "participant P-1: span [0, 2) cuts a character");
        assertRejects(text, new CodedSpan(1, 5, List.of("work"), ""), "participant P-1: span [1, 5) ends past");
        assertRejects(text, new CodedSpan(0, 1, List.of("nope"), ""), "theme 'nope', which is not in the codebook");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Theme> orphan = List.of(new Theme("a", "A", "ghost", null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RefiQdaWriter().write(
                new Dataset("t", List.of("participant_id"), List.of(), orphan, Map.of(), card()), out));
        assertTrue(e.getMessage().contains("theme 'a' has parent 'ghost'"), e.getMessage());
        List<Theme> cycle = List.of(new Theme("a", "A", "b", null, null), new Theme("b", "B", "a", null, null));
        e = assertThrows(IllegalArgumentException.class, () -> new RefiQdaWriter().write(
                new Dataset("t", List.of("participant_id"), List.of(), cycle, Map.of(), card()), out));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertEquals(0, out.size());
    }

    static void assertRejects(String text, CodedSpan span, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dataset d = new Dataset("t", COLUMNS, List.of(new Participant("P-1", List.of("P-1", "", "", ""), text,
                List.of(span))), THEMES, Map.of(), card());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RefiQdaWriter().write(d, out));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(0, out.size(), "nothing written");
    }

    @Test
    void theOffsetIndexAgreesWithCountingCodePointsEvenForLoneSurrogates() {
        char[] alphabet = {'a', 'ж', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\n'};
        java.util.Random random = new java.util.Random(6);
        for (int round = 0; round < 500; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            int[] index = RefiQdaWriter.codePointIndex(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(text.codePointCount(0, i), index == null ? i : index[i], text + " at " + i);
            }
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new RefiQdaWriter().write(dataset(), out);
        assertFalse(closed[0]);
        validate(unzip(bytes.toByteArray()).get(RefiQdaWriter.PROJECT_ENTRY));
    }
}
