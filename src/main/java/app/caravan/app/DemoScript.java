package app.caravan.app;

import app.caravan.domain.Role;
import app.caravan.domain.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the demo interviews went through after they were recorded, which interchange JSON does
 * not carry: review steps, comments anchored by the text they quote, and a withdrawal. Read
 * from {@code app/caravan/demo/review.json}; unknown fields are errors, as in interchange JSON.
 */
record DemoScript(String userName, Role role, String deskRecipientLabel, List<Entry> interviews) {
    static final String FORMAT = "caravan-demo-review";

    /** One interview's history, applied in this order: steps, comments, withdrawal. */
    record Entry(UUID id, List<Status> steps, List<Comment> comments, OffsetDateTime withdrawnAt) {
    }

    /** A reviewer's comment on the first (and only) place the transcript says {@code quote}. */
    record Comment(String quote, String body, boolean resolved) {
    }

    DemoScript {
        interviews = List.copyOf(interviews);
    }

    /** Counts every service call {@link DemoVault} makes for it, to report progress. */
    int steps() {
        int total = 0;
        for (Entry entry : interviews) {
            total += entry.steps().size() + entry.comments().size() + (entry.withdrawnAt() == null ? 0 : 1);
        }
        return total;
    }

    static DemoScript read(InputStream in, String name) throws InvalidInputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(name + ": expected a JSON object");
        }
        only(root, name, Set.of("format", "version", "userName", "role", "deskRecipientLabel", "interviews"));
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != 1) {
            throw new InvalidInputException(name + ": format must be \"" + FORMAT + "\", version 1");
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode list = root.path("interviews");
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(list.get(i), name + ": interviews[" + i + "]"));
        }
        try {
            return new DemoScript(text(root, "userName", name), Role.fromKey(text(root, "role", name)),
                    text(root, "deskRecipientLabel", name), entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + ": role: " + e.getMessage(), e);
        }
    }

    private static Entry entry(JsonNode node, String where) throws InvalidInputException {
        only(node, where, Set.of("id", "steps", "comments", "withdrawnAt"));
        try {
            List<Status> steps = new ArrayList<>();
            for (JsonNode step : node.path("steps")) {
                steps.add(Status.fromKey(step.asText()));
            }
            List<Comment> comments = new ArrayList<>();
            int index = 0;
            for (JsonNode c : node.path("comments")) {
                String at = where + ".comments[" + index++ + "]";
                only(c, at, Set.of("quote", "body", "resolved"));
                comments.add(new Comment(text(c, "quote", at), text(c, "body", at), c.path("resolved").asBoolean()));
            }
            OffsetDateTime withdrawn = node.hasNonNull("withdrawnAt")
                    ? OffsetDateTime.parse(node.get("withdrawnAt").asText()) : null;
            return new Entry(UUID.fromString(text(node, "id", where)), steps, comments, withdrawn);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) throws InvalidInputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(where + "." + field + ": missing or not a text");
        }
        return value.asText();
    }

    private static void only(JsonNode node, String where, Set<String> allowed) throws InvalidInputException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw new InvalidInputException(where + ": unknown field '" + field + "'");
            }
        }
    }
}
