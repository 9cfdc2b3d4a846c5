package app.caravan.anonymize;

import app.caravan.domain.Theme;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An anonymized dataset, ready to be written: every value in it has already been filtered by
 * consent, generalized and de-identified. Writers ({@code interviews.csv}, {@code segments.csv},
 * {@code interviews.jsonl}, the codebook, {@code project.qdpx}, {@code DATACARD.md}) only format it.
 *
 * @param columns the participant-level variables in order (e.g. {@code participant_id},
 *     {@code current_country}, …); every participant has one value per column ("" = unknown,
 *     "*" = generalized away)
 * @param themes the codebook: every theme of the vault, parents before children
 * @param themeCounts theme key → number of coded spans using it in this dataset
 */
public record Dataset(String title, List<String> columns, List<Participant> participants, List<Theme> themes,
        Map<String, Integer> themeCounts, DataCard card) {
    public Dataset {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        participants = List.copyOf(participants);
        themes = List.copyOf(themes);
        themeCounts = Map.copyOf(themeCounts);
        Objects.requireNonNull(card, "card");
        for (Participant p : participants) {
            if (p.values().size() != columns.size()) {
                throw new IllegalArgumentException("participant " + p.id() + " has " + p.values().size()
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    /**
     * One exported participant (one interview).
     *
     * @param transcript the de-identified text, or null when verbatim quotes are not consented
     *     (the participant then contributes variables and coded themes only)
     * @param spans the coded segments; offsets index into {@code transcript} (both -1 when it is null)
     */
    public record Participant(String id, List<String> values, String transcript, List<CodedSpan> spans) {
        public Participant {
            Objects.requireNonNull(id, "id");
            values = List.copyOf(values);
            spans = List.copyOf(spans);
        }

        public String value(List<String> columns, String column) {
            int i = columns.indexOf(column);
            return i < 0 ? null : values.get(i);
        }
    }

    /** A coded segment: [start, end) of the participant's exported transcript, or -1/-1 without text. */
    public record CodedSpan(int start, int end, List<String> themeKeys, String memo) {
        public CodedSpan {
            themeKeys = List.copyOf(themeKeys);
            memo = memo == null ? "" : memo;
            if (start < -1 || end < start) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
            }
        }

        public boolean hasText() {
            return start >= 0;
        }
    }
}
