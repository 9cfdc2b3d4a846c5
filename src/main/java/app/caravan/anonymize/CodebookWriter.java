package app.caravan.anonymize;

import app.caravan.domain.Theme;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codebook: {@code codebook.json} for programs and {@code codebook.md} for people. Counts
 * are the dataset's {@link Dataset#themeCounts()} (coded spans), zero for unused themes.
 */
public final class CodebookWriter {
    public static final String JSON_FILE = "codebook.json";
    public static final String MARKDOWN_FILE = "codebook.md";
    public static final String FORMAT = "caravan-codebook";

    private CodebookWriter() {
    }

    public static List<DatasetFile> files(Dataset dataset) {
        return List.of(json(dataset), markdown(dataset));
    }

    /**
     * <pre>{"format":"caravan-codebook","version":1,"themes":[{"key":"…","name":"…","parent":null,
     * "color":"#rrggbb","description":"…","count":3}]}</pre>, themes in the dataset's order.
     */
    public static DatasetFile json(Dataset dataset) {
        return DatasetFile.of(JSON_FILE, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("version", 1);
                json.writeStringField("title", dataset.title());
                json.writeArrayFieldStart("themes");
                for (Theme t : dataset.themes()) {
                    json.writeStartObject();
                    json.writeStringField("key", t.key());
                    json.writeStringField("name", t.name());
                    json.writeStringField("parent", t.parentKey());
                    json.writeStringField("color", t.color());
                    json.writeStringField("description", t.description());
                    json.writeNumberField("count", dataset.themeCounts().getOrDefault(t.key(), 0));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write('\n');
        });
    }

    /**
     * A nested list: each theme with its key, color and count, its definition below it, children
     * indented. A theme whose parent is not in the codebook is shown at the top level.
     */
    public static DatasetFile markdown(Dataset dataset) {
        return DatasetFile.of(MARKDOWN_FILE, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("# Codebook: " + Markdown.text(dataset.title()) + "\n\n");
            int total = dataset.themeCounts().values().stream().mapToInt(Integer::intValue).sum();
            w.write(dataset.themes().size() + " themes, " + total + " codings in this dataset. A count is the"
                    + " number of coded spans carrying the theme; a span with several themes counts for each.\n\n");
            Map<String, List<Theme>> children = new LinkedHashMap<>();
            Set<String> keys = new HashSet<>();
            dataset.themes().forEach(t -> keys.add(t.key()));
            List<Theme> roots = new ArrayList<>();
            for (Theme t : dataset.themes()) {
                if (t.parentKey() == null || !keys.contains(t.parentKey()) || t.parentKey().equals(t.key())) {
                    roots.add(t);
                } else {
                    children.computeIfAbsent(t.parentKey(), k -> new ArrayList<>()).add(t);
                }
            }
            Set<String> written = new HashSet<>();
            for (Theme root : roots) {
                tree(w, dataset, root, children, 0, written);
            }
            // A parent cycle has no root; list those themes rather than drop them.
            for (Theme t : dataset.themes()) {
                if (!written.contains(t.key())) {
                    tree(w, dataset, t, children, 0, written);
                }
            }
            w.flush();
        });
    }

    private static void tree(Writer w, Dataset dataset, Theme theme, Map<String, List<Theme>> children, int depth,
            Set<String> written) throws IOException {
        if (!written.add(theme.key())) {
            return;
        }
        String indent = "  ".repeat(depth);
        int count = dataset.themeCounts().getOrDefault(theme.key(), 0);
        w.write(indent + "- **" + Markdown.text(theme.name()) + "** " + Markdown.code(theme.key()) + " · "
                + Markdown.code(theme.color()) + " · " + count + (count == 1 ? " span" : " spans") + "\n");
        if (!theme.description().isBlank()) {
            w.write(indent + "  " + Markdown.text(theme.description()) + "\n");
        }
        for (Theme child : children.getOrDefault(theme.key(), List.of())) {
            tree(w, dataset, child, children, depth + 1, written);
        }
    }
}
