package app.caravan.anonymize;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code DATACARD.md}: what the dataset is and everything that was done to it, for the people who
 * receive it and for an ethics board. Numbers are formatted the same on every machine (ROOT locale).
 */
public final class DataCardWriter {
    public static final String FILE = "DATACARD.md";
    /** What each format of {@link DataCard#formats()} puts in the folder. */
    private static final Map<String, String> FORMAT_FILES = Map.of(
            "csv", "`" + CsvWriter.INTERVIEWS + "` (one row per participant) and `" + CsvWriter.SEGMENTS
                    + "` (one row per coded segment)",
            "jsonl", "`" + JsonlWriter.INTERVIEWS + "`: one JSON object per participant, with text and segments",
            "codebook", "`" + CodebookWriter.JSON_FILE + "` and `" + CodebookWriter.MARKDOWN_FILE
                    + "`: themes, hierarchy, colors, definitions, counts",
            "qdpx", "`project.qdpx`: REFI-QDA 1.0 project for QualCoder, NVivo, ATLAS.ti, MAXQDA");

    private DataCardWriter() {
    }

    public static DatasetFile datacard(Dataset dataset) {
        return DatasetFile.of(FILE, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(w, dataset);
            w.flush();
        });
    }

    private static void write(Writer w, Dataset dataset) throws IOException {
        DataCard card = dataset.card();
        w.write("# Data card: " + Markdown.text(dataset.title()) + "\n\n");
        w.write("An anonymized research dataset of field interviews, exported from an encrypted Caravan vault."
                + " Every participant gave consent to share anonymized material for research. Names, contacts,"
                + " mentioned people and other direct identifiers were replaced in the text, and the"
                + " participant-level variables were generalized and suppressed until each combination of"
                + " quasi-identifiers is shared by at least k participants.\n\n");

        w.write("## Participants\n\n");
        int excluded = card.excluded().values().stream().mapToInt(Integer::intValue).sum();
        w.write("- Participants: " + card.participants() + "\n");
        w.write("- With text: " + (card.participants() - card.textless()) + "\n");
        w.write("- Without text (no verbatim-quote consent; variables and coded themes only): "
                + card.textless() + "\n");
        w.write("- Coded segments: " + dataset.participants().stream().mapToInt(p -> p.spans().size()).sum() + "\n");
        w.write("- Interviews excluded: " + excluded + "\n\n");

        w.write("## Consent rules\n\n" + Markdown.text(card.consentRules()) + "\n\n");
        if (excluded > 0) {
            table(w, List.of("Excluded because", "Interviews"), card.excluded().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> List.of(Markdown.text(e.getKey()), Integer.toString(e.getValue()))).toList());
        } else {
            w.write("No interview was excluded.\n\n");
        }

        w.write("## Statistical disclosure control\n\n");
        w.write("- Quasi-identifiers: " + (card.quasiIdentifiers().isEmpty() ? "none"
                : String.join(", ", card.quasiIdentifiers().stream().map(Markdown::code).toList())) + "\n");
        w.write("- k (k-anonymity): " + card.k() + "\n");
        w.write("- Records suppressed: " + card.suppressed() + "\n");
        w.write("- Places in the text generalized to: " + Markdown.text(card.placeLevel()) + "\n");
        w.write("- ℓ-diversity of themes: " + (card.lDiversity() == null ? "not required"
                : "at least " + card.lDiversity() + " distinct themes in every class") + "\n\n");
        if (!card.generalization().isEmpty()) {
            w.write("Generalization applied to each quasi-identifier:\n\n");
            table(w, List.of("Quasi-identifier", "Level"), card.quasiIdentifiers().stream()
                    .filter(card.generalization()::containsKey)
                    .map(q -> List.of(Markdown.code(q), Markdown.text(card.generalization().get(q)))).toList());
            List<List<String>> others = card.generalization().entrySet().stream()
                    .filter(e -> !card.quasiIdentifiers().contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                    .map(e -> List.of(Markdown.code(e.getKey()), Markdown.text(e.getValue()))).toList();
            if (!others.isEmpty()) {
                table(w, List.of("Other variable", "Level"), others);
            }
        }
        w.write("### Equivalence classes\n\n");
        if (card.classSizes().isEmpty()) {
            w.write("No equivalence classes (no participants).\n\n");
        } else {
            table(w, List.of("Class size", "Classes", "Participants"), card.classSizes().entrySet().stream()
                    .map(e -> List.of(Integer.toString(e.getKey()), Integer.toString(e.getValue()),
                            Integer.toString(e.getKey() * e.getValue()))).toList());
        }
        w.write("Re-identification risk (prosecutor model, 1 / class size): highest "
                + percent(card.highestRisk()) + ", average " + percent(card.averageRisk()) + ".\n\n");

        w.write("## Text de-identification\n\n");
        if (card.replacements().isEmpty()) {
            w.write("No text was replaced.\n\n");
        } else {
            w.write("Replaced with typed placeholders such as `[PERSON-1]`, consistently within each interview:\n\n");
            table(w, List.of("Category", "Replacements"), card.replacements().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> List.of(Markdown.text(e.getKey()), Integer.toString(e.getValue()))).toList());
        }

        w.write("## Participant ids\n\n" + Markdown.text(card.idScheme()) + "\n\n");
        w.write("## Files\n\n");
        for (String format : card.formats()) {
            w.write("- " + FORMAT_FILES.getOrDefault(format, Markdown.text(format)) + "\n");
        }
        w.write("- `" + FILE + "`: this card\n");
        w.write("\nCSV files follow RFC 4180 (UTF-8, CRLF). Theme lists are theme keys joined with `;`;"
                + " see the codebook for names and definitions.\n\n");
        w.write("## Provenance\n\n");
        w.write("- Tool: " + Markdown.text(card.toolVersion()) + "\n");
        w.write("- Created: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(card.createdAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "\n");
    }

    private static void table(Writer w, List<String> header, List<List<String>> rows) throws IOException {
        w.write("| " + String.join(" | ", header) + " |\n");
        w.write("|" + " --- |".repeat(header.size()) + "\n");
        for (List<String> row : rows) {
            w.write("| " + String.join(" | ", row) + " |\n");
        }
        w.write("\n");
    }

    static String percent(double risk) {
        return String.format(Locale.ROOT, "%.1f %%", risk * 100);
    }
}
