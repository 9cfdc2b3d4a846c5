package app.caravan.app;

import app.caravan.domain.InterviewFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The anonymized research dataset (issue 6): consent-filtered, de-identified, k-anonymous,
 * written as CSV, JSON Lines, a codebook, REFI-QDA and a DATACARD.md into one folder, atomically.
 * Vault and file work: call off the FX thread.
 */
public interface AnonymizedExportService {
    /** Format keys, in the order files are written. */
    List<String> FORMATS = List.of("csv", "jsonl", "codebook", "qdpx");
    /** Quasi-identifier keys k-anonymity may be computed over. */
    List<String> QUASI_IDENTIFIERS = List.of("city", "origin", "profession", "age", "gender", "wave");
    /** How finely places named in the text may stay: the city itself, or only its country or region. */
    List<String> PLACE_LEVELS = List.of("city", "country", "region");

    /**
     * What to export.
     *
     * @param filter which interviews (library filter), or null for all
     * @param maxSuppression the largest fraction of participants k-anonymity may suppress before
     *     it generalizes further (0.1 = 10 %)
     * @param lDiversity the ℓ of distinct ℓ-diversity over themes within each class, or null
     * @param stableIds ids from an HMAC with a vault secret (the same participant gets the same id
     *     in every such export, so exports can be linked); otherwise fresh random ids
     * @param sealTo age recipients ({@code age1…}); when not empty the folder is also sealed to
     *     them as {@code <folder>.zip.age} and the plain folder is removed
     */
    record Request(Path out, InterviewFilter filter, List<String> formats, List<String> quasiIdentifiers, int k,
            double maxSuppression, Integer lDiversity, String places, boolean stableIds, List<String> sealTo) {
        public Request {
            formats = List.copyOf(formats);
            quasiIdentifiers = List.copyOf(quasiIdentifiers);
            sealTo = List.copyOf(sealTo);
        }

        /** Every format and quasi-identifier, k = 5, at most 10 % suppressed, places kept to the country. */
        public static Request defaults(Path out) {
            return new Request(out, null, FORMATS, QUASI_IDENTIFIERS, 5, 0.1, null, "country", false, List.of());
        }
    }

    /** {@code done} of {@code total} interviews processed; {@code step} says what is being written. */
    record Progress(int done, int total, String step) {
    }

    /**
     * What an export did.
     *
     * @param folder the dataset folder, or null when it was sealed (see {@code sealed})
     * @param excluded reason → interviews left out by consent
     * @param generalization quasi-identifier → level chosen ("country", "sector", …)
     * @param replacements text category → replacements made
     */
    record Report(Path folder, Path sealed, int participants, int textless, Map<String, Integer> excluded,
            int suppressed, Map<String, String> generalization, double highestRisk, double averageRisk,
            Map<String, Integer> replacements) {
    }

    /**
     * Exports the dataset. Nothing is left at {@code request.out()} unless the whole export
     * succeeded; a cancelled export leaves nothing either.
     *
     * @throws InvalidInputException for a bad request (unknown format or quasi-identifier, k < 2,
     *     an existing non-empty folder, a malformed recipient, nobody left to export), with the reason
     */
    Report export(Request request, Consumer<Progress> progress, BooleanSupplier cancelled)
            throws InvalidInputException, IOException;

    /** A replaced span of the original transcript and what it became. */
    record Highlight(int start, int end, String category, String placeholder) {
    }

    /**
     * One interview as the export would show it: {@code exclusion} is the consent reason it is
     * left out (null when included); {@code exported} is null when its text does not go out (no
     * verbatim-quote consent).
     */
    record Preview(UUID interviewId, String pseudonym, String exclusion, String original, String exported,
            List<Highlight> highlights) {
    }

    Preview preview(UUID interviewId, String places);

    /**
     * What consent does with an interview, from its consent alone (no vault work): the exclusion
     * reason (English label), or null when it goes out; see {@link #withText}.
     */
    String exclusion(app.caravan.domain.Consent consent);

    /** Whether an interview that goes out takes its text along (verbatim-quote consent). */
    boolean withText(app.caravan.domain.Consent consent);

    /** An editor's correction, kept for the next export: "undo" an automatic replacement, or "mark" more text. */
    record TextDecision(UUID id, UUID interviewId, String kind, String category, String quote, int approximateStart) {
    }

    List<TextDecision> decisions(UUID interviewId);

    /** Keeps the text at [start, end) of the transcript, which the automatic pass replaced. */
    TextDecision undo(UUID interviewId, int start, int end) throws InvalidInputException;

    /** Replaces the text at [start, end) of the transcript, and its other occurrences, as {@code category}. */
    TextDecision mark(UUID interviewId, int start, int end, String category) throws InvalidInputException;

    void forget(UUID decisionId);
}
