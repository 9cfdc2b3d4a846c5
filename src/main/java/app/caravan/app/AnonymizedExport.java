package app.caravan.app;

import app.caravan.anonymize.Category;
import app.caravan.anonymize.CodebookWriter;
import app.caravan.anonymize.ConsentFilter;
import app.caravan.anonymize.CsvWriter;
import app.caravan.anonymize.DataCard;
import app.caravan.anonymize.DataCardWriter;
import app.caravan.anonymize.Dataset;
import app.caravan.anonymize.DatasetFile;
import app.caravan.anonymize.Decision;
import app.caravan.anonymize.Deidentified;
import app.caravan.anonymize.Deidentifier;
import app.caravan.anonymize.Hierarchies;
import app.caravan.anonymize.JsonlWriter;
import app.caravan.anonymize.KAnonymizer;
import app.caravan.anonymize.KResult;
import app.caravan.anonymize.ParticipantIds;
import app.caravan.anonymize.PlaceLevel;
import app.caravan.anonymize.QiRecord;
import app.caravan.anonymize.QuasiIdentifier;
import app.caravan.anonymize.RefiQdaWriter;
import app.caravan.app.AnonymizedExportService.Progress;
import app.caravan.app.AnonymizedExportService.Request;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One export run, in memory: consent filter → de-identification (text, memos) → k-anonymity
 * over the quasi-identifiers → the {@link Dataset} the writers format. Nothing touches the disk
 * here; {@link LocalAnonymizedExportService} writes the files.
 */
final class AnonymizedExport {
    /** What the run needs from the vault, read interview by interview. */
    interface Source {
        List<UUID> interviewIds();

        Interview interview(UUID id);

        Identity identity(UUID id);

        List<Decision> decisions(UUID id);
    }

    /** An included interview as read from the vault. */
    private record Prepared(Interview interview, boolean withText, Identity identity, List<Decision> decisions) {
    }

    /** A participant before k-anonymity decided whether and how it goes out. */
    private record Candidate(Interview interview, String transcript, List<Dataset.CodedSpan> spans,
            Map<Category, Integer> replacements) {
    }

    private static Candidate candidate(Prepared p, Deidentifier deidentifier) {
        Interview interview = p.interview();
        if (!p.withText()) {
            return new Candidate(interview, null, textlessSpans(interview), Map.of());
        }
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        Deidentified text = deidentifier.deidentify(interview.transcript(), p.identity(), p.decisions());
        text.counts().forEach((c, n) -> counts.merge(c, n, Integer::sum));
        List<Dataset.CodedSpan> spans = new ArrayList<>();
        for (Segment s : interview.segments()) {
            // Memos are the interviewer's words about the interviewee: de-identified like the text.
            Deidentified memo = deidentifier.deidentify(s.memo(), p.identity(), List.of());
            memo.counts().forEach((c, n) -> counts.merge(c, n, Integer::sum));
            int start = text.mapStart(s.start());
            int end = Math.max(start, text.mapEnd(s.end()));
            spans.add(new Dataset.CodedSpan(start, end, s.themes(), memo.text()));
        }
        return new Candidate(interview, text.text(), spans, counts);
    }

    private final Vocabulary vocabulary;
    private final Clock clock;
    private final String toolVersion;

    AnonymizedExport(Vocabulary vocabulary, Clock clock, String toolVersion) {
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    Dataset run(Request request, Source source, byte[] idSecret, Consumer<Progress> progress,
            BooleanSupplier cancelled) {
        List<UUID> ids = source.interviewIds();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        Map<Category, Integer> replacements = new EnumMap<>(Category.class);
        // Reading is the vault's (one caller at a time), de-identifying is CPU work: each interview is
        // de-identified on the workers as soon as it is read, at the place level asked for, while
        // the next is read. Only when k-anonymity later coarsens the city columns is it done again.
        PlaceLevel asked = PlaceLevel.valueOf(request.places().toUpperCase(java.util.Locale.ROOT));
        Deidentifier early = new Deidentifier(vocabulary, asked);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, AnonymizedExport::worker);
        try {
            List<Prepared> read = new ArrayList<>();
            List<Future<Candidate>> drafts = new ArrayList<>();
            for (int n = 0; n < ids.size(); n++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                progress.accept(new Progress(n, ids.size(), "reading"));
                Interview interview = source.interview(ids.get(n));
                ConsentFilter.Decision decision = ConsentFilter.decide(interview);
                if (!decision.included()) {
                    excluded.merge(decision.exclusion().label(), 1, Integer::sum);
                    continue;
                }
                Prepared p = new Prepared(interview, decision.withText(), source.identity(interview.id()),
                        decision.withText() ? source.decisions(interview.id()) : List.of());
                read.add(p);
                drafts.add(workers.submit(() -> cancelled.getAsBoolean() ? null : candidate(p, early)));
            }
            progress.accept(new Progress(ids.size(), ids.size(), "anonymizing"));
            return release(request, read, drafts, excluded, replacements, idSecret, workers, progress, cancelled);
        } finally {
            workers.shutdownNow();
        }
    }

    /** De-identifying threads: as many as cores, since reading mostly waits on the vault's decryption. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "caravan-deidentify");
        t.setDaemon(true);
        return t;
    }

    private static Candidate await(Future<Candidate> draft) {
        try {
            return draft.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("de-identification failed", e.getCause());
        }
    }

    /** k-anonymity over what was read, then the released participants with their de-identified text. */
    private Dataset release(Request request, List<Prepared> read, List<Future<Candidate>> drafts,
            Map<String, Integer> excluded, Map<Category, Integer> replacements, byte[] idSecret,
            ExecutorService workers, Consumer<Progress> progress, BooleanSupplier cancelled) {
        Set<QuasiIdentifier> qis = EnumSet.noneOf(QuasiIdentifier.class);
        request.quasiIdentifiers().forEach(key -> qis.add(QuasiIdentifier.fromKey(key)));
        List<QiRecord> records = new ArrayList<>();
        for (Prepared p : read) {
            Set<String> themes = new HashSet<>();
            p.interview().segments().forEach(s -> themes.addAll(s.themes()));
            records.add(new QiRecord(ExportRows.raw(p.interview()), themes));
        }
        Hierarchies hierarchies = new Hierarchies(vocabulary);
        KResult k = new KAnonymizer(hierarchies).run(records, qis, request.k(), request.maxSuppression(),
                request.lDiversity());

        // Places in the text are never finer than k-anonymity left the city columns.
        PlaceLevel places = placeLevel(request.places(), k, qis);
        boolean again = places != PlaceLevel.valueOf(request.places().toUpperCase(java.util.Locale.ROOT));
        Deidentifier deidentifier = again ? new Deidentifier(vocabulary, places) : null;
        List<Future<Candidate>> outgoing = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (k.rows().get(i) == null || again) {
                drafts.get(i).cancel(false);
            }
            if (k.rows().get(i) != null) {
                Prepared p = read.get(i);
                outgoing.add(again ? workers.submit(() -> cancelled.getAsBoolean() ? null : candidate(p, deidentifier))
                        : drafts.get(i));
            }
        }
        List<Candidate> candidates = new ArrayList<>(outgoing.size());
        for (Future<Candidate> f : outgoing) {
            Candidate c = await(f);
            if (c == null || cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            candidates.add(c);
            progress.accept(new Progress(candidates.size(), outgoing.size(), "de-identifying"));
        }
        for (Candidate c : candidates) {
            c.replacements().forEach((category, count) -> replacements.merge(category, count, Integer::sum));
        }
        List<Map<QuasiIdentifier, String>> releasedRows = new ArrayList<>();
        for (Map<QuasiIdentifier, String> row : k.rows()) {
            if (row != null) {
                releasedRows.add(row);
            }
        }

        List<UUID> released = candidates.stream().map(c -> c.interview().id()).toList();
        Map<UUID, String> participantIds = idSecret == null ? ParticipantIds.random(released)
                : ParticipantIds.stable(idSecret, released);
        ExportRows rows = new ExportRows(vocabulary);
        List<Dataset.Participant> participants = new ArrayList<>();
        Map<String, Integer> themeCounts = new TreeMap<>();
        int releasedTextless = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Map<QuasiIdentifier, String> values = releasedRows.get(i);
            Candidate c = candidates.get(i);
            String id = participantIds.get(c.interview().id());
            participants.add(new Dataset.Participant(id, rows.values(id, c.interview(), values, qis), c.transcript(),
                    c.spans()));
            releasedTextless += c.transcript() == null ? 1 : 0;
            c.spans().forEach(s -> s.themeKeys().forEach(t -> themeCounts.merge(t, 1, Integer::sum)));
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        replacements.forEach((c, n) -> byCategory.put(c.name(), n));
        List<String> qiKeys = qis.stream().map(QuasiIdentifier::key).toList();
        DataCard card = new DataCard(toolVersion, clock.instant(), participants.size(), excluded, releasedTextless,
                ConsentFilter.RULES, qiKeys, request.k(), hierarchies.describe(k.levels()), k.suppressed(),
                k.classSizes(), k.highestRisk(), k.averageRisk(), request.lDiversity(), byCategory,
                places.name().toLowerCase(java.util.Locale.ROOT),
                (idSecret == null ? ParticipantIds.Scheme.RANDOM : ParticipantIds.Scheme.STABLE).description(),
                request.formats());
        return new Dataset("Caravan anonymized dataset", ExportRows.columns(), participants, codebook(),
                themeCounts, card);
    }

    /** The coarser of what the user asked and what k-anonymity chose for the released city columns. */
    static PlaceLevel placeLevel(String requested, KResult k, Set<QuasiIdentifier> qis) {
        PlaceLevel level = PlaceLevel.valueOf(requested.toUpperCase(java.util.Locale.ROOT));
        int generalized = 0;
        for (QuasiIdentifier q : List.of(QuasiIdentifier.CITY, QuasiIdentifier.ORIGIN)) {
            if (qis.contains(q)) {
                generalized = Math.max(generalized, k.levels().getOrDefault(q, 0));
            }
        }
        PlaceLevel needed = generalized == 0 ? PlaceLevel.CITY : generalized == 1 ? PlaceLevel.COUNTRY
                : PlaceLevel.REGION;
        return needed.ordinal() > level.ordinal() ? needed : level;
    }

    /** Without verbatim-quote consent the coded themes still go out, without offsets or memos. */
    private static List<Dataset.CodedSpan> textlessSpans(Interview interview) {
        List<Dataset.CodedSpan> out = new ArrayList<>();
        for (Segment s : interview.segments()) {
            out.add(new Dataset.CodedSpan(-1, -1, s.themes(), ""));
        }
        return out;
    }

    /** The vault's themes, parents before children. */
    private List<Theme> codebook() {
        List<Theme> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Theme> left = new ArrayList<>(vocabulary.themes());
        while (!left.isEmpty()) {
            boolean progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                Theme t = it.next();
                if (t.parentKey() == null || t.parentKey().isEmpty() || placed.contains(t.parentKey())
                        || vocabulary.themes().stream().noneMatch(p -> p.key().equals(t.parentKey()))) {
                    ordered.add(t);
                    placed.add(t.key());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) { // a parent cycle: the rest in vocabulary order
                ordered.addAll(left);
                break;
            }
        }
        return ordered;
    }

    /** The files of the chosen formats, then DATACARD.md. */
    static List<DatasetFile> files(Dataset dataset, List<String> formats) {
        List<DatasetFile> files = new ArrayList<>();
        if (formats.contains("csv")) {
            files.addAll(CsvWriter.files(dataset));
        }
        if (formats.contains("jsonl")) {
            files.add(JsonlWriter.interviews(dataset));
        }
        if (formats.contains("codebook")) {
            files.addAll(CodebookWriter.files(dataset));
        }
        if (formats.contains("qdpx")) {
            files.add(DatasetFile.of("project.qdpx", out -> new RefiQdaWriter().write(dataset, out)));
        }
        files.add(DataCardWriter.datacard(dataset));
        return files;
    }
}
