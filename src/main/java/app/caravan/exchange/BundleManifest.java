package app.caravan.exchange;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import app.caravan.domain.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code manifest.json}: who sealed the bundle, when, and the size and SHA-256 of every other entry. */
public record BundleManifest(UUID deviceId, long sequence, Instant createdAt, int recipients, byte[] signingKey,
        Map<String, Entry> entries, String replyTo) {
    public static final String FORMAT = "caravan-bundle";
    public static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("format", "version", "deviceId", "sequence", "createdAt",
            "recipients", "signingKey", "entries", "replyTo");
    private static final Set<String> ENTRY_FIELDS = Set.of("path", "size", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public record Entry(String path, long size, String sha256) {
    }

    public BundleManifest {
        signingKey = signingKey.clone();
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A manifest without {@code replyTo}: a sender that takes no answers (a desk's reply, older field vaults). */
    public BundleManifest(UUID deviceId, long sequence, Instant createdAt, int recipients, byte[] signingKey,
            Map<String, Entry> entries) {
        this(deviceId, sequence, createdAt, recipients, signingKey, entries, null);
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    /** True when the bundle carries review.json (review states and acknowledgements). */
    public boolean carriesReviews() {
        return entries().containsKey(BundleEntries.REVIEW);
    }

    byte[] toJson() {
        ObjectNode root = BundleJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("deviceId", deviceId.toString());
        root.put("sequence", sequence);
        root.put("createdAt", createdAt.toString());
        root.put("recipients", recipients);
        root.put("signingKey", Base64.getEncoder().encodeToString(signingKey));
        if (replyTo != null) {
            root.put("replyTo", replyTo);
        }
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries.values()) {
            list.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
        }
        return BundleJson.bytes(root);
    }

    static BundleManifest parse(byte[] json, BundleLimits limits) throws BundleException {
        JsonNode root = BundleJson.parse(json, BundleEntries.MANIFEST);
        BundleJson.onlyFields(root, FIELDS, BundleEntries.MANIFEST);
        if (!FORMAT.equals(BundleJson.text(root, "format", BundleEntries.MANIFEST))) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.format", FORMAT)));
        }
        long version = BundleJson.number(root, "version", BundleEntries.MANIFEST);
        if (version != VERSION) {
            throw new BundleException(Problem.of("bundle.version", version, VERSION));
        }
        UUID deviceId = BundleJson.uuid(root, "deviceId", BundleEntries.MANIFEST);
        long sequence = BundleJson.number(root, "sequence", BundleEntries.MANIFEST);
        if (sequence < 1) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.sequence")));
        }
        Instant createdAt = instant(BundleJson.text(root, "createdAt", BundleEntries.MANIFEST));
        long recipients = BundleJson.number(root, "recipients", BundleEntries.MANIFEST);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(BundleJson.text(root, "signingKey", BundleEntries.MANIFEST));
        } catch (IllegalArgumentException e) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.keyNotBase64")));
        }
        if (key.length != 32) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.keyLength")));
        }
        JsonNode list = root.get("entries");
        if (list == null || !list.isArray()) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.array", "entries")));
        }
        if (list.size() > limits.maxEntries()) {
            throw new BundleException(Problem.of("bundle.tooManyEntries", list.size(), limits.maxEntries()));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        long total = 0;
        for (JsonNode node : list) {
            String where = "manifest.json entries[" + entries.size() + "]";
            BundleJson.onlyFields(node, ENTRY_FIELDS, where);
            String path = BundleJson.text(node, "path", where);
            BundleEntries.check(path);
            if (BundleEntries.isSignedPart(path)) {
                throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                        Problem.of("bundle.json.listsItself", path)));
            }
            long size = BundleJson.number(node, "size", where);
            String sha = BundleJson.text(node, "sha256", where);
            if (size < 0 || !SHA256.matcher(sha).matches()) {
                throw new BundleException(Problem.of("bundle.json", where, Problem.of("bundle.json.sizeOrHash")));
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new BundleException(Problem.of("bundle.declaresTooMuch", limits.maxTotalBytes()));
            }
            if (entries.putIfAbsent(path, new Entry(path, size, sha)) != null) {
                throw new BundleException(Problem.of("bundle.duplicateInManifest", path));
            }
        }
        return new BundleManifest(deviceId, sequence, createdAt, (int) Math.min(recipients, Integer.MAX_VALUE), key,
                entries, replyTo(root));
    }

    /** The sender's own age recipient, so the desk can seal review results back to it; optional. */
    private static String replyTo(JsonNode root) throws BundleException {
        if (!root.has("replyTo")) {
            return null;
        }
        String text = BundleJson.text(root, "replyTo", BundleEntries.MANIFEST);
        try {
            return AgeRecipient.parse(text).value();
        } catch (AgeException e) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.replyTo")));
        }
    }

    private static Instant instant(String text) throws BundleException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BundleException(Problem.of("bundle.json", BundleEntries.MANIFEST,
                    Problem.of("bundle.json.instant", "createdAt")));
        }
    }

    List<Entry> entryList() {
        return List.copyOf(entries.values());
    }
}
