package app.caravan.anonymize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the participant-level writers share: the id column and the themes of a participant. */
final class Columns {
    static final String PARTICIPANT_ID = "participant_id";

    private Columns() {
    }

    /**
     * Indexes of the dataset's columns the writers copy: all but {@code participant_id}, which they
     * always write first from {@link Dataset.Participant#id()}.
     */
    static List<Integer> variables(Dataset dataset, Set<String> reserved) {
        List<Integer> indexes = new ArrayList<>();
        List<String> columns = dataset.columns();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (reserved.contains(column)) {
                throw new IllegalArgumentException("the dataset column '" + column + "' clashes with a column"
                        + " the writer adds itself; rename it");
            }
            if (!column.equals(PARTICIPANT_ID)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** Theme keys used by the participant's spans: codebook order first, then unknown keys as met. */
    static List<String> themes(Dataset.Participant participant, Map<String, Integer> codebookOrder) {
        Set<String> used = new LinkedHashSet<>();
        for (Dataset.CodedSpan span : participant.spans()) {
            used.addAll(span.themeKeys());
        }
        List<String> sorted = new ArrayList<>(used);
        sorted.sort((a, b) -> Integer.compare(codebookOrder.getOrDefault(a, Integer.MAX_VALUE),
                codebookOrder.getOrDefault(b, Integer.MAX_VALUE)));
        return sorted;
    }

    static Map<String, Integer> codebookOrder(Dataset dataset) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < dataset.themes().size(); i++) {
            order.putIfAbsent(dataset.themes().get(i).key(), i);
        }
        return order;
    }

    /** The exported text of a span, or "" when the participant has no text. */
    static String text(Dataset.Participant participant, Dataset.CodedSpan span) {
        String transcript = participant.transcript();
        if (transcript == null || !span.hasText()) {
            return "";
        }
        if (span.end() > transcript.length()) {
            throw new IllegalArgumentException("a span of participant " + participant.id() + " ends at "
                    + span.end() + ", beyond the exported text (" + transcript.length() + " characters)");
        }
        return transcript.substring(span.start(), span.end());
    }
}
