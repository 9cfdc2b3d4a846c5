package app.caravan.anonymize;

import app.caravan.anonymize.Dataset.CodedSpan;
import app.caravan.anonymize.Dataset.Participant;
import app.caravan.domain.Theme;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link Dataset} as a REFI-QDA 1.0 project exchange file ({@code project.qdpx}): a zip
 * with {@code project.qde} (valid against the REFI-QDA {@code Project.xsd}) and one UTF-8
 * {@code Sources/<GUID>.txt} per participant whose transcript is exported.
 *
 * <p>The project holds one user (the export), the codebook (every theme as a codable code, nested
 * by parent), one Text variable per dataset column except {@value #PARTICIPANT_ID}, one case per
 * participant with its variable values and its source, and each coded span as a plain-text
 * selection coded with every theme of the span; a span's memo becomes the selection's
 * description. Spans of participants without text are kept as code references of their case.
 *
 * <p>Selection positions count Unicode code points, as the REFI-QDA standard counts characters,
 * while {@link CodedSpan} offsets are Java (UTF-16) indexes: the writer converts them, so a
 * character outside the BMP (an emoji) before a span does not shift it.
 *
 * <p>Every GUID is a fresh random UUID for each call, so two exports cannot be linked by them.
 * Nothing is written to disk: the zip is streamed into the given stream.
 */
public final class RefiQdaWriter {
    /** The dataset column that names the participant; it is the case name, not a variable. */
    public static final String PARTICIPANT_ID = "participant_id";
    /** The zip entry of the project document. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The zip folder of the text sources. */
    public static final String SOURCES_FOLDER = "Sources/";
    static final String USER_NAME = "Caravan export";
    private static final int BUFFER = 1 << 16;
    private static final int DEFLATING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Transcripts deflated ahead of the writer: enough to keep every core busy, a few MB at most. */
    private static final int AHEAD = 256;

    private final Supplier<UUID> uuids;

    public RefiQdaWriter() {
        this(UUID::randomUUID);
    }

    RefiQdaWriter(Supplier<UUID> uuids) {
        this.uuids = uuids;
    }

    /**
     * Writes the dataset as a {@code .qdpx} zip into {@code out}. The zip is finished and the stream
     * flushed, but {@code out} is left open for the caller to close.
     *
     * @throws IllegalArgumentException when the dataset is inconsistent (a span outside its
     *     transcript or cutting a character in two, an unknown theme key, a theme whose parent is
     *     missing, a duplicate theme key); nothing is written then
     * @throws IOException when {@code out} fails
     */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        Project project = plan(dataset);
        List<Case> sources = project.cases().stream().filter(c -> c.sourceGuid() != null).toList();
        BufferedOutputStream buffered = new BufferedOutputStream(new KeepOpen(out), BUFFER);
        // The transcripts are most of the bytes: they are deflated on every core, a window ahead of
        // the writing thread, which meanwhile writes project.qde and then the entries in order.
        ExecutorService deflating = Executors.newFixedThreadPool(DEFLATING_THREADS, RefiQdaWriter::deflatingThread);
        // The fastest level keeps a 10,000-interview export within its time budget and still shrinks
        // text about as much as the default level does.
        try (DeflatedZip zip = new DeflatedZip(buffered, FileTime.from(project.createdAt()), Deflater.BEST_SPEED)) {
            Deque<Future<DeflatedZip.Deflated>> ahead = new ArrayDeque<>();
            int next = 0;
            for (; next < Math.min(AHEAD, sources.size()); next++) {
                ahead.add(deflate(deflating, zip, sources.get(next)));
            }
            try (OutputStream entry = zip.add(PROJECT_ENTRY)) {
                BufferedOutputStream qde = new BufferedOutputStream(new KeepOpen(entry), BUFFER);
                new QdeXml(project).write(qde);
                qde.flush();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + PROJECT_ENTRY + " of project.qdpx: " + e.getMessage(), e);
            }
            for (Case c : sources) {
                DeflatedZip.Deflated text = await(ahead.remove());
                if (next < sources.size()) {
                    ahead.add(deflate(deflating, zip, sources.get(next++)));
                }
                zip.add(SOURCES_FOLDER + c.sourceGuid() + ".txt", text);
            }
            zip.finish();
        } finally {
            deflating.shutdownNow();
        }
        buffered.flush();
    }

    private static Future<DeflatedZip.Deflated> deflate(ExecutorService on, DeflatedZip zip, Case c) {
        return on.submit(() -> zip.deflate(c.participant().transcript().getBytes(StandardCharsets.UTF_8)));
    }

    private static DeflatedZip.Deflated await(Future<DeflatedZip.Deflated> deflated) throws IOException {
        try {
            return deflated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("project.qdpx: cancelled while deflating the transcripts");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException("project.qdpx: deflating a transcript failed: " + e.getCause(), e.getCause());
        }
    }

    private static Thread deflatingThread(Runnable r) {
        Thread t = new Thread(r, "caravan-qdpx-deflate");
        t.setDaemon(true);
        return t;
    }

    /** Assigns every GUID and converts every offset before a byte is written, so bad data fails whole. */
    private Project plan(Dataset dataset) {
        Map<String, String> codeGuids = new HashMap<>();
        Map<String, List<Theme>> children = new HashMap<>();
        List<Theme> roots = new ArrayList<>();
        for (Theme t : dataset.themes()) {
            if (codeGuids.put(t.key(), guid()) != null) {
                throw new IllegalArgumentException("theme key '" + t.key() + "' appears twice in the codebook");
            }
        }
        for (Theme t : dataset.themes()) {
            if (t.parentKey() == null) {
                roots.add(t);
            } else if (!codeGuids.containsKey(t.parentKey()) || t.parentKey().equals(t.key())) {
                throw new IllegalArgumentException("theme '" + t.key() + "' has parent '" + t.parentKey()
                        + "', which is not in the codebook");
            } else {
                children.computeIfAbsent(t.parentKey(), k -> new ArrayList<>()).add(t);
            }
        }
        if (reachable(roots, children) != dataset.themes().size()) {
            throw new IllegalArgumentException("the codebook's parent links form a cycle");
        }
        List<Variable> variables = new ArrayList<>();
        for (int i = 0; i < dataset.columns().size(); i++) {
            if (!PARTICIPANT_ID.equals(dataset.columns().get(i))) {
                variables.add(new Variable(guid(), dataset.columns().get(i), i));
            }
        }
        List<Case> cases = new ArrayList<>();
        for (Participant p : dataset.participants()) {
            cases.add(planCase(p, codeGuids));
        }
        Instant createdAt = dataset.card().createdAt().truncatedTo(ChronoUnit.SECONDS);
        return new Project(dataset.title(), "Caravan " + dataset.card().toolVersion(), createdAt, guid(),
                roots, children, codeGuids, variables, cases);
    }

    private Case planCase(Participant p, Map<String, String> codeGuids) {
        String text = p.transcript();
        int[] codePointAt = text == null ? null : codePointIndex(text);
        List<Selection> selections = new ArrayList<>();
        List<String> caseCodes = new ArrayList<>();
        for (CodedSpan span : p.spans()) {
            List<String> codes = new ArrayList<>();
            for (String key : span.themeKeys()) {
                String code = codeGuids.get(key);
                if (code == null) {
                    throw new IllegalArgumentException("participant " + p.id() + ": span [" + span.start() + ", "
                            + span.end() + ") is coded with theme '" + key + "', which is not in the codebook");
                }
                codes.add(code);
            }
            if (text == null || !span.hasText()) {
                // No text to point at: the themes still belong to the participant, so the case carries them.
                codes.stream().filter(c -> !caseCodes.contains(c)).forEach(caseCodes::add);
                continue;
            }
            checkSpan(p, span);
            selections.add(new Selection(guid(), position(codePointAt, span.start()), position(codePointAt, span.end()),
                    span.memo(), codes.stream().map(c -> new Coding(guid(), c)).toList()));
        }
        return new Case(guid(), text == null ? null : guid(), p, selections, caseCodes);
    }

    /**
     * UTF-16 index → code point index, built once per transcript so a long interview with many spans
     * stays linear; null when the text has no surrogates and both indexes agree.
     */
    static int[] codePointIndex(String text) {
        if (!hasSurrogate(text)) {
            return null;
        }
        int[] index = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            index[i] = cp++;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                index[++i] = cp; // inside a pair, as String.codePointCount counts it; checkSpan rejects it
            }
        }
        index[text.length()] = cp;
        return index;
    }

    /** A plain loop: this runs over every exported transcript, where a stream costs several times more. */
    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int position(int[] codePointAt, int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }

    private static void checkSpan(Participant p, CodedSpan span) {
        String text = p.transcript();
        String where = "participant " + p.id() + ": span [" + span.start() + ", " + span.end() + ")";
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(where + " ends past the transcript's " + text.length() + " characters");
        }
        if (splitsPair(text, span.start()) || splitsPair(text, span.end())) {
            throw new IllegalArgumentException(where + " cuts a character (a surrogate pair) in two");
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static int reachable(List<Theme> level, Map<String, List<Theme>> children) {
        int n = 0;
        for (Theme t : level) {
            n += 1 + reachable(children.getOrDefault(t.key(), List.of()), children);
        }
        return n;
    }

    /** Upper case: the XSD accepts both, but several QDA programs compare GUIDs as written. */
    private String guid() {
        return uuids.get().toString().toUpperCase(Locale.ROOT);
    }

    record Project(String name, String origin, Instant createdAt, String userGuid, List<Theme> roots,
            Map<String, List<Theme>> children, Map<String, String> codeGuids, List<Variable> variables,
            List<Case> cases) {
    }

    record Variable(String guid, String name, int column) {
    }

    /** {@code sourceGuid} is null for a participant without text. */
    record Case(String guid, String sourceGuid, Participant participant, List<Selection> selections,
            List<String> codeGuids) {
    }

    /** Positions in Unicode code points, end exclusive. */
    record Selection(String guid, int start, int end, String memo, List<Coding> codings) {
    }

    record Coding(String guid, String codeGuid) {
    }

    /** Lets a writer close its own layer without closing the caller's stream under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
