package app.caravan.anonymize;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code interviews.csv} (one row per participant) and {@code segments.csv} (one row per coded
 * span) in RFC 4180: CRLF after every record, fields quoted when they hold a comma, a double
 * quote, CR or LF, quotes doubled; UTF-8 without a byte order mark. Theme lists are theme keys
 * joined with {@code ;}.
 */
public final class CsvWriter {
    public static final String INTERVIEWS = "interviews.csv";
    public static final String SEGMENTS = "segments.csv";
    /** Header of {@code segments.csv}. */
    public static final List<String> SEGMENT_COLUMNS =
            List.of("participant_id", "segment_no", "start", "end", "themes", "text", "memo");
    private static final Set<String> ADDED = Set.of("has_text", "themes", "segment_count");

    private CsvWriter() {
    }

    /** Both files. */
    public static List<DatasetFile> files(Dataset dataset) {
        return List.of(interviews(dataset), segments(dataset));
    }

    /**
     * {@code participant_id}, the dataset's other columns in order, then {@code has_text}
     * ({@code true}/{@code false}), {@code themes} and {@code segment_count}.
     */
    public static DatasetFile interviews(Dataset dataset) {
        List<Integer> variables = Columns.variables(dataset, ADDED);
        return DatasetFile.of(INTERVIEWS, out -> {
            Writer w = writer(out);
            List<String> header = new ArrayList<>();
            header.add(Columns.PARTICIPANT_ID);
            variables.forEach(i -> header.add(dataset.columns().get(i)));
            header.addAll(List.of("has_text", "themes", "segment_count"));
            record(w, header);
            Map<String, Integer> order = Columns.codebookOrder(dataset);
            for (Dataset.Participant p : dataset.participants()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(p.id());
                variables.forEach(i -> row.add(p.values().get(i)));
                row.add(Boolean.toString(p.transcript() != null));
                row.add(String.join(";", Columns.themes(p, order)));
                row.add(Integer.toString(p.spans().size()));
                record(w, row);
            }
            w.flush();
        });
    }

    /**
     * {@link #SEGMENT_COLUMNS}: segments numbered from 1 per participant; {@code start}, {@code end}
     * and {@code text} are empty for a participant without text.
     */
    public static DatasetFile segments(Dataset dataset) {
        return DatasetFile.of(SEGMENTS, out -> {
            Writer w = writer(out);
            record(w, SEGMENT_COLUMNS);
            for (Dataset.Participant p : dataset.participants()) {
                int n = 0;
                for (Dataset.CodedSpan span : p.spans()) {
                    boolean text = p.transcript() != null && span.hasText();
                    record(w, List.of(p.id(), Integer.toString(++n),
                            text ? Integer.toString(span.start()) : "", text ? Integer.toString(span.end()) : "",
                            String.join(";", span.themeKeys()), Columns.text(p, span), span.memo()));
                }
            }
            w.flush();
        });
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    static void record(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            field(w, fields.get(i));
        }
        w.write("\r\n");
    }

    static void field(Writer w, String value) throws IOException {
        String v = value == null ? "" : value;
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            w.write(v);
            return;
        }
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
    }
}
