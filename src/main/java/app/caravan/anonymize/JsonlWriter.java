package app.caravan.anonymize;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code interviews.jsonl}: one JSON object per participant and line (LF), UTF-8:
 * <pre>{"id":"P-…","current_country":"…",…,"text":"…"|null,
 *  "segments":[{"start":0|null,"end":42|null,"themes":["…"],"memo":"…"}]}</pre>
 * Every dataset column becomes a string field in column order ({@code participant_id} is the
 * {@code id}); {@code start}/{@code end} are null for a participant without text.
 */
public final class JsonlWriter {
    public static final String INTERVIEWS = "interviews.jsonl";
    private static final Set<String> ADDED = Set.of("id", "text", "segments");
    private static final JsonFactory JSON = new JsonFactory();

    private JsonlWriter() {
    }

    public static DatasetFile interviews(Dataset dataset) {
        List<Integer> variables = Columns.variables(dataset, ADDED);
        return DatasetFile.of(INTERVIEWS, out -> {
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
            for (Dataset.Participant p : dataset.participants()) {
                write(json, dataset, variables, p);
                json.flush();
                out.write('\n');
            }
            json.close();
        });
    }

    private static void write(JsonGenerator json, Dataset dataset, List<Integer> variables, Dataset.Participant p)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        for (int i : variables) {
            json.writeStringField(dataset.columns().get(i), p.values().get(i));
        }
        json.writeStringField("text", p.transcript());
        json.writeArrayFieldStart("segments");
        boolean hasText = p.transcript() != null;
        for (Dataset.CodedSpan span : p.spans()) {
            Columns.text(p, span);
            json.writeStartObject();
            if (hasText && span.hasText()) {
                json.writeNumberField("start", span.start());
                json.writeNumberField("end", span.end());
            } else {
                json.writeNullField("start");
                json.writeNullField("end");
            }
            json.writeArrayFieldStart("themes");
            for (String key : span.themeKeys()) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeStringField("memo", span.memo());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
