package app.caravan.cli;

import app.caravan.app.AnonymizedExportService;
import app.caravan.app.AnonymizedExportService.Report;
import app.caravan.app.AnonymizedExportService.Request;
import app.caravan.app.VaultSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-anonymized", description = {"Writes an anonymized research dataset into a new folder:",
    "only interviews with participation and research-sharing consent and no withdrawal; text only with",
    "verbatim-quote consent, de-identified (names with their Russian forms and transliterations, phones,",
    "e-mails, handles, URLs, addresses, exact dates, places); k-anonymous over the quasi-identifiers;",
    "interviews.csv, segments.csv, interviews.jsonl, codebook.json/md, project.qdpx (REFI-QDA), DATACARD.md.",
    "The folder appears only when everything is written."})
final class ExportAnonymizedCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The new folder (must not exist, or be empty).")
    Path out;

    @Option(names = "--k", paramLabel = "N", defaultValue = "5", description = "Smallest group size (default 5).")
    int k;

    @Option(names = "--formats", paramLabel = "LIST", split = ",", defaultValue = "csv,jsonl,codebook,qdpx",
            description = "Any of csv, jsonl, codebook, qdpx (default all); DATACARD.md is always written.")
    List<String> formats;

    @Option(names = "--qi", paramLabel = "LIST", split = ",", defaultValue = "city,origin,profession,age,gender,wave",
            description = "Quasi-identifiers (default all): city, origin, profession, age, gender, wave.")
    List<String> quasiIdentifiers;

    @Option(names = "--max-suppression", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "Largest share of participants that may be suppressed (default 0.1).")
    double maxSuppression;

    @Option(names = "--l-diversity", paramLabel = "L", description = "Also require L distinct themes per group.")
    Integer lDiversity;

    @Option(names = "--places", paramLabel = "LEVEL", defaultValue = "country",
            description = "Places named in the text stay as: city, country (default) or region.")
    String places;

    @Option(names = "--stable-ids", description = "Participant ids from an HMAC with a vault secret: the same person"
            + " gets the same id in every such export (so exports can be linked). Default: fresh random ids.")
    boolean stableIds;

    @Option(names = "--seal-to", paramLabel = "age1…", split = ",",
            description = "Seal the dataset with age to these recipients into DIR.zip.age instead of a plain folder.")
    List<String> sealTo;

    @Override
    int run(VaultSession session) throws Exception {
        Request request = new Request(out, null, lower(formats), lower(quasiIdentifiers), k, maxSuppression,
                lDiversity, places.toLowerCase(Locale.ROOT), stableIds, sealTo == null ? List.of() : sealTo);
        int[] last = {-1};
        Report report = session.anonymizedExport().export(request, p -> {
            if (p.total() > 0 && p.step().equals("reading") && p.done() * 10 / p.total() != last[0]) {
                last[0] = p.done() * 10 / p.total();
                err().println(say("export.reading", p.done(), p.total()));
            }
        }, null);
        out().println(say(report.sealed() != null ? "export.sealed" : "export.wrote",
                report.sealed() != null ? report.sealed() : report.folder(), report.participants(), report.textless(),
                report.suppressed(), k));
        out().println(say("export.leftOut", describe(report.excluded())));
        out().println(say("export.generalized", describe(report.generalization())));
        out().println(say("export.replaced", describe(report.replacements())));
        out().println(say("export.risk", String.format(Locale.ROOT, "%.3f", report.highestRisk()),
                String.format(Locale.ROOT, "%.3f", report.averageRisk())));
        return 0;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private String describe(Map<String, ?> values) {
        if (values.isEmpty()) {
            return say("export.none");
        }
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ')
                .append(value));
        return text.toString();
    }
}
