package app.caravan.app;

import app.caravan.anonymize.Category;
import app.caravan.anonymize.ConsentFilter;
import app.caravan.anonymize.Dataset;
import app.caravan.anonymize.Decision;
import app.caravan.anonymize.Deidentified;
import app.caravan.anonymize.Deidentifier;
import app.caravan.anonymize.ExportFolder;
import app.caravan.anonymize.PlaceLevel;
import app.caravan.anonymize.QuasiIdentifier;
import app.caravan.anonymize.Replacement;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Secrets;
import app.caravan.domain.FilterMatcher;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Problem;
import app.caravan.domain.Vocabulary;
import app.caravan.storage.DeidDecisionStore;
import app.caravan.storage.SettingsStore;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link AnonymizedExportService} on the vault: reads, runs {@link AnonymizedExport}, writes with {@link ExportFolder}. */
final class LocalAnonymizedExportService implements AnonymizedExportService {
    /** The HMAC key of stable participant ids: random, made on first use, only inside the vault. */
    private static final String ID_SECRET = "export.participant-id-secret";

    private final InterviewService interviews;
    private final VocabularyService vocabulary;
    private final DeidDecisionStore decisions;
    private final SettingsStore settings;
    private final Supplier<String> actor;
    private final Clock clock;
    private final String toolVersion;

    LocalAnonymizedExportService(InterviewService interviews, VocabularyService vocabulary,
            DeidDecisionStore decisions, SettingsStore settings, Supplier<String> actor, Clock clock,
            String toolVersion) {
        this.interviews = interviews;
        this.vocabulary = vocabulary;
        this.decisions = decisions;
        this.settings = settings;
        this.actor = actor;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    @Override
    public Report export(Request request, Consumer<Progress> progress, BooleanSupplier cancelled)
            throws InvalidInputException, IOException {
        Consumer<Progress> report = progress == null ? p -> { } : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        List<AgeRecipient> recipients = check(request);
        Vocabulary vocab = vocabulary.current();
        var all = decisions.all();
        List<UUID> ids = selected(request, vocab);
        AnonymizedExport.Source source = new AnonymizedExport.Source() {
            @Override
            public List<UUID> interviewIds() {
                return ids;
            }

            @Override
            public Interview interview(UUID id) {
                return interviews.get(id);
            }

            @Override
            public Identity identity(UUID id) {
                return interviews.identity(id);
            }

            @Override
            public List<Decision> decisions(UUID id) {
                return all.getOrDefault(id, List.of()).stream().map(LocalAnonymizedExportService::decision).toList();
            }
        };
        byte[] secret = request.stableIds() ? idSecret() : null;
        Dataset dataset;
        try {
            dataset = new AnonymizedExport(vocab, clock, toolVersion).run(request, source, secret, report, stop);
        } finally {
            Secrets.wipe(secret);
        }
        if (dataset.participants().isEmpty()) {
            throw new InvalidInputException(Problem.of("export.nobody", ids.size(), dataset.card().excluded(),
                    dataset.card().suppressed(), request.k()));
        }
        if (stop.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
        var files = AnonymizedExport.files(dataset, request.formats());
        Path folder = null;
        Path sealed = null;
        try {
            if (recipients.isEmpty()) {
                folder = ExportFolder.write(request.out(), files, (done, total) -> {
                    report.accept(new Progress(done, total, "writing"));
                    if (stop.getAsBoolean()) {
                        Thread.currentThread().interrupt(); // ExportFolder stops and leaves nothing
                    }
                });
            } else {
                // Sealed straight from the writers: the plain files never touch the disk.
                sealed = ExportFolder.seal(request.out().getFileName().toString(), files, recipients,
                        ExportFolder.sealedPath(request.out()));
            }
        } catch (InterruptedIOException e) {
            Thread.interrupted();
            throw new CancellationException("export cancelled; nothing was written");
        } catch (AgeException e) {
            throw new LocalizedIOException(Problem.of("export.sealFailed", AgeProblems.reason(e)), e);
        }
        var card = dataset.card();
        return new Report(folder, sealed, card.participants(), card.textless(), card.excluded(), card.suppressed(),
                card.generalization(), card.highestRisk(), card.averageRisk(), card.replacements());
    }

    private List<AgeRecipient> check(Request r) throws InvalidInputException, IOException {
        for (String f : r.formats()) {
            if (!FORMATS.contains(f)) {
                throw new InvalidInputException(Problem.of("export.unknownFormat", f, String.join(", ", FORMATS)));
            }
        }
        for (String q : r.quasiIdentifiers()) {
            if (!QUASI_IDENTIFIERS.contains(q)) {
                throw new InvalidInputException(Problem.of("export.unknownQuasiIdentifier", q,
                        String.join(", ", QUASI_IDENTIFIERS)));
            }
        }
        if (r.k() < 2) {
            throw new InvalidInputException(Problem.of("export.k", r.k()));
        }
        if (r.maxSuppression() < 0 || r.maxSuppression() > 1) {
            throw new InvalidInputException(Problem.of("export.suppression", r.maxSuppression()));
        }
        if (r.lDiversity() != null && r.lDiversity() < 2) {
            throw new InvalidInputException(Problem.of("export.lDiversity", r.lDiversity()));
        }
        if (!PLACE_LEVELS.contains(r.places())) {
            throw new InvalidInputException(Problem.of("export.unknownPlaceLevel", r.places(),
                    String.join(", ", PLACE_LEVELS)));
        }
        Path out = r.out().toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new InvalidInputException(Problem.of("export.noParent", out.getParent()));
        }
        if (Files.exists(out) && !(Files.isDirectory(out) && isEmpty(out))) {
            throw new InvalidInputException(Problem.of("export.exists", out));
        }
        List<AgeRecipient> recipients = new ArrayList<>();
        for (String text : r.sealTo()) {
            try {
                recipients.add(AgeRecipient.parse(text.strip()));
            } catch (AgeException e) {
                throw new InvalidInputException(Problem.of("export.recipient", text.strip(), AgeProblems.reason(e)), e);
            }
        }
        if (!recipients.isEmpty() && Files.exists(ExportFolder.sealedPath(out))) {
            throw new InvalidInputException(Problem.of("export.sealedExists", ExportFolder.sealedPath(out)));
        }
        return recipients;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private List<UUID> selected(Request r, Vocabulary vocab) {
        List<UUID> out = new ArrayList<>();
        FilterMatcher matcher = r.filter() == null ? null : new FilterMatcher(r.filter(), vocab);
        for (InterviewSummary s : interviews.list()) {
            if (matcher == null || matcher.test(s)) {
                out.add(s.id());
            }
        }
        return out;
    }

    private byte[] idSecret() {
        String stored = settings.get(ID_SECRET).orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            stored = Base64.getEncoder().encodeToString(fresh);
            Secrets.wipe(fresh);
            settings.put(ID_SECRET, stored);
        }
        return Base64.getDecoder().decode(stored);
    }

    @Override
    public Preview preview(UUID interviewId, String places) {
        Interview interview = interviews.get(interviewId);
        ConsentFilter.Decision decision = ConsentFilter.decide(interview);
        String exclusion = decision.included() ? null : decision.exclusion().label();
        Deidentified text = new Deidentifier(vocabulary.current(), PlaceLevel.valueOf(places.toUpperCase(Locale.ROOT)))
                .deidentify(interview.transcript(), interviews.identity(interviewId), decisions.forInterview(interviewId)
                        .stream().map(LocalAnonymizedExportService::decision).toList());
        List<Highlight> highlights = new ArrayList<>();
        for (Replacement r : text.replacements()) {
            highlights.add(new Highlight(r.start(), r.end(), r.category().name(), r.placeholder()));
        }
        return new Preview(interviewId, interview.pseudonym(), exclusion, interview.transcript(),
                decision.withText() ? text.text() : null, highlights);
    }

    @Override
    public String exclusion(app.caravan.domain.Consent consent) {
        ConsentFilter.Decision d = ConsentFilter.decide(consent);
        return d.included() ? null : d.exclusion().label();
    }

    @Override
    public boolean withText(app.caravan.domain.Consent consent) {
        return ConsentFilter.decide(consent).withText();
    }

    @Override
    public List<TextDecision> decisions(UUID interviewId) {
        return decisions.forInterview(interviewId).stream().map(LocalAnonymizedExportService::view).toList();
    }

    @Override
    public TextDecision undo(UUID interviewId, int start, int end) throws InvalidInputException {
        return add(interviewId, start, end, "undo", "");
    }

    @Override
    public TextDecision mark(UUID interviewId, int start, int end, String category) throws InvalidInputException {
        try {
            Category.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.of("export.unknownCategory", category), e);
        }
        return add(interviewId, start, end, "mark", category);
    }

    private TextDecision add(UUID interviewId, int start, int end, String kind, String category)
            throws InvalidInputException {
        String transcript = interviews.get(interviewId).transcript();
        if (start < 0 || end <= start || end > transcript.length()) {
            throw new InvalidInputException(Problem.of("export.badRange", start, end, transcript.length()));
        }
        String quote = transcript.substring(start, end);
        if (quote.isBlank()) {
            throw new InvalidInputException(Problem.of("export.blankSelection"));
        }
        DeidDecisionStore.Row row = new DeidDecisionStore.Row(UUID.randomUUID(), interviewId, kind, category, quote,
                start, clock.instant(), actor.get());
        if (!decisions.add(row)) {
            throw new NotFoundException(Problem.of("interview.none", interviewId));
        }
        return view(row);
    }

    @Override
    public void forget(UUID decisionId) {
        if (!decisions.delete(decisionId)) {
            throw new NotFoundException(Problem.of("export.noDecision", decisionId));
        }
    }

    private static TextDecision view(DeidDecisionStore.Row r) {
        return new TextDecision(r.id(), r.interviewId(), r.kind(), r.category(), r.quote(), r.approximateStart());
    }

    private static Decision decision(DeidDecisionStore.Row r) {
        return r.kind().equals("undo") ? Decision.undo(r.quote(), r.approximateStart())
                : Decision.mark(Category.valueOf(r.category()), r.quote());
    }
}
