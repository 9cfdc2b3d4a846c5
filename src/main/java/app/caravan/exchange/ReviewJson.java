package app.caravan.exchange;

import app.caravan.domain.Acknowledgement;
import app.caravan.domain.Problem;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code review.json}: review states (status, comments) and acknowledgements (bundle-format.md). */
final class ReviewJson {
    private static final String ENTRY = BundleEntries.REVIEW;
    private static final Set<String> ROOT_FIELDS = Set.of("acknowledged", "reviews");
    private static final Set<String> ACK_FIELDS = Set.of("deviceId", "sequence");
    private static final Set<String> REVIEW_FIELDS = Set.of("interviewId", "status", "statusChangedAt",
            "statusChangedBy", "comments");
    private static final Set<String> COMMENT_FIELDS = Set.of("id", "start", "end", "quote", "body", "author",
            "createdAt", "resolvedAt", "resolvedBy", "detached");

    record Parsed(List<Acknowledgement> acknowledged, List<ReviewState> reviews) {
    }

    private ReviewJson() {
    }

    static byte[] write(List<Acknowledgement> acknowledged, List<ReviewState> reviews) {
        ObjectNode root = BundleJson.MAPPER.createObjectNode();
        ArrayNode acks = root.putArray("acknowledged");
        for (Acknowledgement a : acknowledged) {
            acks.addObject().put("deviceId", a.deviceId().toString()).put("sequence", a.sequence());
        }
        ArrayNode list = root.putArray("reviews");
        for (ReviewState r : reviews) {
            ObjectNode node = list.addObject().put("interviewId", r.interviewId().toString())
                    .put("status", r.status().key()).put("statusChangedAt", r.statusChangedAt().toString())
                    .put("statusChangedBy", r.statusChangedBy());
            ArrayNode comments = node.putArray("comments");
            for (ReviewComment c : r.comments()) {
                ObjectNode cn = comments.addObject().put("id", c.id().toString()).put("start", c.start())
                        .put("end", c.end()).put("quote", c.quote()).put("body", c.body()).put("author", c.author())
                        .put("createdAt", c.createdAt().toString());
                if (c.resolvedAt() != null) {
                    cn.put("resolvedAt", c.resolvedAt().toString()).put("resolvedBy", c.resolvedBy());
                }
                cn.put("detached", c.detached());
            }
        }
        return BundleJson.bytes(root);
    }

    static Parsed parse(byte[] json) throws BundleException {
        JsonNode root = BundleJson.parse(json, ENTRY);
        BundleJson.onlyFields(root, ROOT_FIELDS, ENTRY);
        List<Acknowledgement> acks = new ArrayList<>();
        JsonNode ackList = array(root, "acknowledged", ENTRY);
        for (int i = 0; i < ackList.size(); i++) {
            String where = ENTRY + " acknowledged[" + i + "]";
            JsonNode a = ackList.get(i);
            BundleJson.onlyFields(a, ACK_FIELDS, where);
            long seq = BundleJson.number(a, "sequence", where);
            if (seq < 1) {
                throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.sequence")));
            }
            acks.add(new Acknowledgement(BundleJson.uuid(a, "deviceId", where), seq));
        }
        List<ReviewState> reviews = new ArrayList<>();
        Set<UUID> interviews = new HashSet<>();
        Set<UUID> commentIds = new HashSet<>();
        JsonNode list = array(root, "reviews", ENTRY);
        for (int i = 0; i < list.size(); i++) {
            String where = ENTRY + " reviews[" + i + "]";
            JsonNode r = list.get(i);
            BundleJson.onlyFields(r, REVIEW_FIELDS, where);
            UUID interviewId = BundleJson.uuid(r, "interviewId", where);
            if (!interviews.add(interviewId)) {
                throw new BundleException(Problem.of("bundle.json", where,
                        Problem.of("bundle.json.interviewTwice", interviewId)));
            }
            Status status;
            try {
                status = Status.fromKey(BundleJson.text(r, "status", where));
            } catch (IllegalArgumentException e) {
                throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.status")));
            }
            List<ReviewComment> comments = new ArrayList<>();
            JsonNode cl = array(r, "comments", where);
            for (int j = 0; j < cl.size(); j++) {
                comments.add(comment(cl.get(j), interviewId, where + " comments[" + j + "]", commentIds));
            }
            reviews.add(new ReviewState(interviewId, status, instant(r, "statusChangedAt", where),
                    BundleJson.text(r, "statusChangedBy", where), comments));
        }
        return new Parsed(acks, reviews);
    }

    private static ReviewComment comment(JsonNode c, UUID interviewId, String where, Set<UUID> seen)
            throws BundleException {
        BundleJson.onlyFields(c, COMMENT_FIELDS, where);
        UUID id = BundleJson.uuid(c, "id", where);
        if (!seen.add(id)) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.commentTwice", id)));
        }
        long start = BundleJson.number(c, "start", where);
        long end = BundleJson.number(c, "end", where);
        if (start < 0 || end < start || end > Integer.MAX_VALUE) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.range")));
        }
        JsonNode detached = c.get("detached");
        if (detached == null || !detached.isBoolean()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.detached")));
        }
        boolean resolved = c.has("resolvedAt");
        if (resolved != c.has("resolvedBy")) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.resolved")));
        }
        return new ReviewComment(id, interviewId, (int) start, (int) end, BundleJson.text(c, "quote", where),
                BundleJson.text(c, "body", where), BundleJson.text(c, "author", where),
                instant(c, "createdAt", where), resolved ? instant(c, "resolvedAt", where) : null,
                resolved ? BundleJson.text(c, "resolvedBy", where) : null, detached.booleanValue());
    }

    private static Instant instant(JsonNode node, String field, String where) throws BundleException {
        try {
            return Instant.parse(BundleJson.text(node, field, where));
        } catch (DateTimeParseException e) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.instant", field)));
        }
    }

    private static JsonNode array(JsonNode root, String field, String where) throws BundleException {
        JsonNode value = root.get(field);
        if (value == null || !value.isArray()) {
            throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.array", field)));
        }
        return value;
    }
}
