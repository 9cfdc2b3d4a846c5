package app.caravan.cli;

import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.InterviewSummary;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = {"One line per interview, newest first; never identities.",
    "Columns (tab-separated): id, date, pseudonym, place, status, consent, themes."})
final class ListCommand extends VaultCommand {

    @Option(names = "--json", description = "One JSON object per line (JSON Lines).")
    boolean json;

    @Override
    int run(VaultSession session) throws Exception {
        List<InterviewSummary> interviews = session.interviews().list();
        for (InterviewSummary s : interviews) {
            out().println(json ? JsonLines.MAPPER.writeValueAsString(toJson(s)) : toLine(s));
        }
        return 0;
    }

    private static String toLine(InterviewSummary s) {
        return String.join("\t", s.id().toString(), s.interviewedAt().toLocalDate().toString(), s.pseudonym(),
                orDash(s.place()), s.status().key(), consentFlags(s.consent()),
                s.themes().isEmpty() ? "-" : String.join(",", s.themes()));
    }

    /** Compact consent summary: the letters of the uses consented to, or "withdrawn". */
    static String consentFlags(Consent c) {
        if (c.isWithdrawn()) {
            return "withdrawn";
        }
        StringBuilder flags = new StringBuilder();
        flags.append(c.participation() ? 'P' : '-')
                .append(c.audioRecording() ? 'A' : '-')
                .append(c.verbatimQuotes() ? 'Q' : '-')
                .append(c.publishUnderPseudonym() ? 'U' : '-')
                .append(c.shareAnonymizedForResearch() ? 'R' : '-')
                .append(c.recontact() ? 'C' : '-');
        return flags.toString();
    }

    private static ObjectNode toJson(InterviewSummary s) {
        ObjectNode node = JsonLines.MAPPER.createObjectNode();
        node.put("id", s.id().toString());
        node.put("pseudonym", s.pseudonym());
        node.put("interviewedAt", s.interviewedAt().toString());
        node.put("interviewer", s.interviewer());
        node.put("place", s.place());
        node.put("currentCity", s.currentCity());
        node.put("originCity", s.originCity());
        node.put("profession", s.profession());
        s.themes().forEach(node.putArray("themes")::add);
        node.put("status", s.status().key());
        Consent c = s.consent();
        ObjectNode consent = node.putObject("consent");
        consent.put("participation", c.participation());
        consent.put("audioRecording", c.audioRecording());
        consent.put("verbatimQuotes", c.verbatimQuotes());
        consent.put("publishUnderPseudonym", c.publishUnderPseudonym());
        consent.put("shareAnonymizedForResearch", c.shareAnonymizedForResearch());
        consent.put("recontact", c.recontact());
        consent.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
        node.put("updatedAt", s.updatedAt().toString());
        return node;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
