package app.caravan.cli;

import app.caravan.app.SearchHit;
import app.caravan.app.SearchMatch;
import app.caravan.app.SearchResult;
import app.caravan.app.VaultSession;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Full-text search in transcripts, notes, memos and comments, newest first.",
    "Case- and script-insensitive (Ташкент finds Tashkent); Москв* finds every word starting so;"
            + " \"quoted words\" must be a phrase; all parts must occur in the interview.",
    "One block per interview: date, pseudonym, id, then up to 3 snippets with the match in [[ ]]."})
final class SearchCommand extends VaultCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for (several words are ANDed).")
    String[] query;

    @Option(names = "--json", description = "One JSON object per matching interview (JSON Lines).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N interviews (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    int run(VaultSession session) throws Exception {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
        }
        SearchResult result = session.search().search(String.join(" ", query), null, limit);
        for (SearchHit hit : result.hits()) {
            if (json) {
                out().println(JsonLines.MAPPER.writeValueAsString(toJson(hit)));
            } else {
                printBlock(hit);
            }
        }
        if (!json) {
            String count = say(result.total() == 1 ? "search.one" : "search.many", result.total());
            if (!result.exact()) {
                count = say("search.atLeast", count);
            }
            out().println(result.hits().size() < result.total()
                    ? say("search.showing", count, result.hits().size()) : count);
        }
        return 0;
    }

    private void printBlock(SearchHit hit) {
        out().println(hit.interviewedAt().toLocalDate() + "  " + hit.pseudonym() + "  " + hit.interviewId());
        for (SearchMatch m : hit.matches()) {
            out().println("  " + where(m) + ": " + marked(m));
        }
        out().println();
    }

    private String where(SearchMatch m) {
        return switch (m.source()) {
            case TRANSCRIPT -> say("search.transcript", m.start());
            case NOTE -> say("search.note", m.index() + 1);
            case MEMO -> say("search.memo", m.index() + 1, m.transcriptOffset());
            case COMMENT -> say("search.comment", m.index() + 1, m.transcriptOffset());
        };
    }

    /** The snippet with every highlight wrapped in [[ ]]. */
    static String marked(SearchMatch m) {
        StringBuilder out = new StringBuilder(m.snippet().length() + 8 * m.highlights().size());
        int at = 0;
        for (SearchMatch.Range h : m.highlights()) {
            if (h.start() < at) {
                continue;
            }
            out.append(m.snippet(), at, h.start()).append("[[").append(m.snippet(), h.start(), h.end()).append("]]");
            at = h.end();
        }
        return out.append(m.snippet().substring(at)).toString();
    }

    private static ObjectNode toJson(SearchHit hit) {
        ObjectNode node = JsonLines.MAPPER.createObjectNode();
        node.put("id", hit.interviewId().toString());
        node.put("pseudonym", hit.pseudonym());
        node.put("interviewedAt", hit.interviewedAt().toString());
        node.put("matchCount", hit.matchCount());
        ArrayNode matches = node.putArray("matches");
        for (SearchMatch m : hit.matches()) {
            ObjectNode match = matches.addObject();
            match.put("source", m.source().name().toLowerCase(java.util.Locale.ROOT));
            match.put("index", m.index());
            match.put("start", m.start());
            match.put("end", m.end());
            match.put("transcriptOffset", m.transcriptOffset());
            match.put("snippet", m.snippet());
            ArrayNode highlights = match.putArray("highlights");
            for (SearchMatch.Range h : m.highlights()) {
                highlights.addArray().add(h.start()).add(h.end());
            }
        }
        return node;
    }
}
