package app.caravan.app;

import app.caravan.domain.Facet;
import app.caravan.domain.InterviewFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filter as JSON: {@code {"version":1,"facets":{"city":["tashkent"]},"from":"2022-10-01","to":null}}.
 * Values are sorted, so the same filter always gives the same text. Reading is strict: an
 * unknown facet or field is an error that names it, not a silently wider filter.
 */
final class FilterJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilterJson() {
    }

    static String write(InterviewFilter filter) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode facets = root.putObject("facets");
        for (Facet facet : Facet.values()) {
            Set<String> values = filter.values(facet);
            if (!values.isEmpty()) {
                ArrayNode array = facets.putArray(facet.key());
                values.stream().sorted().forEach(array::add);
            }
        }
        root.put("from", filter.from() == null ? null : filter.from().toString());
        root.put("to", filter.to() == null ? null : filter.to().toString());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a filter could not be written as JSON", e);
        }
    }

    /** Reads what {@link #write} wrote; {@code where} names the filter in error messages. */
    static InterviewFilter read(String json, String where) throws InvalidInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where + ": the stored filter is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(where + ": the stored filter is not a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of("version", "facets", "from", "to").contains(name)) {
                throw new InvalidInputException(where + ": unknown field '" + name + "' in the stored filter");
            }
        }
        if (root.path("version").asInt(0) != 1) {
            throw new InvalidInputException(where + ": filter version " + root.path("version") + " is not supported");
        }
        Map<Facet, Set<String>> selections = new EnumMap<>(Facet.class);
        JsonNode facets = root.path("facets");
        for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Facet facet;
            try {
                facet = Facet.fromKey(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ": facet " + e.getMessage(), e);
            }
            if (!entry.getValue().isArray()) {
                throw new InvalidInputException(where + ": facet '" + entry.getKey() + "' is not a list of values");
            }
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(v -> values.add(v.asText()));
            selections.put(facet, new LinkedHashSet<>(values));
        }
        try {
            return new InterviewFilter(selections, date(root, "from"), date(root, "to"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(JsonNode root, String field) {
        JsonNode node = root.path(field);
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }
}
