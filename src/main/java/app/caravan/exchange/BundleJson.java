package app.caravan.exchange;

import app.caravan.domain.Attachment;
import app.caravan.domain.Problem;
import app.caravan.domain.Tombstone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Strict JSON for the bundle's own entries: duplicate keys, unknown fields and trailing data are errors. */
final class BundleJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> WITHDRAWAL_FIELDS = Set.of("withdrawn", "tombstones");
    private static final Set<String> TOMBSTONE_FIELDS = Set.of("interviewId", "withdrawnAt", "purgedAt");
    private static final Set<String> ATTACHMENT_FIELDS = Set.of("id", "interviewId", "fileName", "mediaType", "size",
            "sha256", "addedAt");

    private BundleJson() {
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(byte[] json, String entry) throws BundleException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new BundleException(Problem.of("bundle.json", entry, Problem.of("bundle.json.notObject")));
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BundleException("Bad JSON in " + entry + ": " + reason(e), e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new BundleException(Problem.of("bundle.json", entry, reason), e);
        }
    }

    /** The parser's reason for a person: no parser class names or feature flags, with line and column. */
    private static String reason(com.fasterxml.jackson.core.JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (reason.startsWith("Trailing token")) {
            reason = "unexpected content after the end of the JSON document";
        }
        reason = reason.replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll(":? ?not allowed as per `[^`]*`", "")
                .replaceAll("`com\\.fasterxml[^`]*`", "a JSON value");
        reason = reason.isBlank() ? "invalid JSON" : reason.strip();
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? reason + " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")" : reason;
    }

    static void onlyFields(JsonNode node, Set<String> allowed, String where) throws BundleException {
        if (!node.isObject()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.notObject")));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BundleException(Problem.of("bundle.json", where,
                        Problem.of("bundle.json.unknownField", name)));
            }
        }
    }

    static String text(JsonNode node, String field, String where) throws BundleException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.string", field)));
        }
        return value.textValue();
    }

    static long number(JsonNode node, String field, String where) throws BundleException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.number", field)));
        }
        return value.longValue();
    }

    static UUID uuid(JsonNode node, String field, String where) throws BundleException {
        String text = text(node, field, where);
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text)) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.uuid", field)));
        }
    }

    private static <T> T time(String text, java.util.function.Function<String, T> parser, String field, String where)
            throws BundleException {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.time", field)));
        }
    }

    static byte[] withdrawals(List<UUID> withdrawn, List<Tombstone> tombstones) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode ids = root.putArray("withdrawn");
        withdrawn.forEach(id -> ids.add(id.toString()));
        ArrayNode list = root.putArray("tombstones");
        for (Tombstone t : tombstones) {
            list.addObject().put("interviewId", t.interviewId().toString())
                    .put("withdrawnAt", t.withdrawnAt().toString()).put("purgedAt", t.purgedAt().toString());
        }
        return bytes(root);
    }

    record Withdrawals(List<UUID> withdrawn, List<Tombstone> tombstones) {
    }

    static Withdrawals parseWithdrawals(byte[] json) throws BundleException {
        String entry = BundleEntries.WITHDRAWALS;
        JsonNode root = parse(json, entry);
        onlyFields(root, WITHDRAWAL_FIELDS, entry);
        List<UUID> withdrawn = new ArrayList<>();
        JsonNode ids = array(root, "withdrawn", entry);
        for (int i = 0; i < ids.size(); i++) {
            JsonNode wrapper = MAPPER.createObjectNode().set("id", ids.get(i));
            withdrawn.add(uuid(wrapper, "id", entry + " withdrawn[" + i + "]"));
        }
        List<Tombstone> tombstones = new ArrayList<>();
        JsonNode list = array(root, "tombstones", entry);
        for (int i = 0; i < list.size(); i++) {
            String where = entry + " tombstones[" + i + "]";
            JsonNode t = list.get(i);
            onlyFields(t, TOMBSTONE_FIELDS, where);
            tombstones.add(new Tombstone(uuid(t, "interviewId", where),
                    time(text(t, "withdrawnAt", where), OffsetDateTime::parse, "withdrawnAt", where),
                    time(text(t, "purgedAt", where), Instant::parse, "purgedAt", where)));
        }
        return new Withdrawals(withdrawn, tombstones);
    }

    static byte[] attachments(List<Attachment> attachments) {
        ArrayNode list = MAPPER.createObjectNode().putArray("attachments");
        for (Attachment a : attachments) {
            list.addObject().put("id", a.id().toString()).put("interviewId", a.interviewId().toString())
                    .put("fileName", a.fileName()).put("mediaType", a.mediaType()).put("size", a.size())
                    .put("sha256", a.sha256()).put("addedAt", a.addedAt().toString());
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("attachments", list);
        return bytes(root);
    }

    static List<Attachment> parseAttachments(byte[] json) throws BundleException {
        String entry = BundleEntries.ATTACHMENTS;
        JsonNode root = parse(json, entry);
        onlyFields(root, Set.of("attachments"), entry);
        JsonNode list = array(root, "attachments", entry);
        List<Attachment> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = entry + " attachments[" + i + "]";
            JsonNode a = list.get(i);
            onlyFields(a, ATTACHMENT_FIELDS, where);
            try {
                out.add(new Attachment(uuid(a, "id", where), uuid(a, "interviewId", where), text(a, "fileName", where),
                        text(a, "mediaType", where), number(a, "size", where), text(a, "sha256", where),
                        time(text(a, "addedAt", where), Instant::parse, "addedAt", where)));
            } catch (IllegalArgumentException e) {
                throw new BundleException(Problem.of("bundle.json", where, e.getMessage()));
            }
        }
        return out;
    }

    private static JsonNode array(JsonNode root, String field, String where) throws BundleException {
        JsonNode value = root.get(field);
        if (value == null || !value.isArray()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.array", field)));
        }
        return value;
    }
}
