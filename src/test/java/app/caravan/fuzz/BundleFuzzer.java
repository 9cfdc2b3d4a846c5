package app.caravan.fuzz;

import app.caravan.crypto.AgeRecipient;
import app.caravan.fuzz.BundleSurgery.Entry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes one hostile bundle from the seeds, at one of four layers: the sealed bytes as they are;
 * the zip's bytes, sealed again; the zip's entries (names, duplicates, order, declared sizes,
 * bombs); or one JSON entry (the manifest included). Above the first layer the manifest is
 * re-signed with the fuzz key, mostly listing the entries truthfully, so the mutation is judged
 * by the code behind the signature and hash checks.
 */
public final class BundleFuzzer {
    /** A seed bundle: its sealed bytes and its entries in stream order. */
    public record Seed(String name, byte[] sealed, List<Entry> entries) {
    }

    /** One input and how it was made. */
    public record Input(byte[] sealed, String how) {
    }

    private final List<Seed> seeds;
    private final FuzzKeys keys;
    private final AgeRecipient recipient;
    private final List<byte[]> sealedSeeds;

    public BundleFuzzer(List<Seed> seeds, FuzzKeys keys) {
        this.seeds = seeds;
        this.keys = keys;
        this.recipient = keys.recipient();
        this.sealedSeeds = seeds.stream().map(Seed::sealed).toList();
    }

    public Input make(SplittableRandom random, long sequence) throws Exception {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        StringBuilder how = new StringBuilder(seed.name()).append(": ");
        int layer = random.nextInt(100);
        if (layer < 20) {
            how.append("sealed ");
            return new Input(new Mutator(random, how).mutate(seed.sealed(), sealedSeeds), how.toString());
        }
        List<Entry> entries = new ArrayList<>(seed.entries());
        if (layer < 35) {
            how.append("zip-bytes ");
            byte[] zip = BundleSurgery.zip(resigned(entries, sequence, null));
            List<byte[]> others = seeds.stream().map(s -> BundleSurgery.zip(s.entries())).toList();
            return new Input(BundleSurgery.seal(new Mutator(random, how).mutate(zip, others), recipient),
                    how.toString());
        }
        if (layer < 65) {
            how.append("entries ");
            boolean truthful = random.nextInt(5) != 0;
            List<Entry> edited = new EntryEdits(random, how).edit(entries);
            List<Entry> signed = truthful ? resigned(edited, sequence, null)
                    : BundleSurgery.signed(staleManifest(entries, sequence), edited, keys.signing());
            how.append(truthful ? " (manifest truthful)" : " (manifest stale)");
            return new Input(BundleSurgery.seal(BundleSurgery.zip(signed), recipient), how.toString());
        }
        how.append("json ");
        List<Integer> json = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).name();
            if (name.endsWith(".json")) {
                json.add(i);
            }
        }
        int target = json.get(random.nextInt(json.size()));
        Entry chosen = entries.get(target);
        how.append(chosen.name()).append(' ');
        List<byte[]> others = seeds.stream().flatMap(s -> s.entries().stream())
                .filter(e -> e.name().equals(chosen.name()) || e.name().endsWith(".json")).map(Entry::data).toList();
        byte[] mutated = new JsonMutator(random, how).mutate(chosen.data(), others);
        if (chosen.name().equals(BundleSurgery.MANIFEST)) {
            return new Input(BundleSurgery.seal(BundleSurgery.zip(resigned(entries, sequence, mutated)), recipient),
                    how.toString());
        }
        entries.set(target, chosen.withData(mutated));
        return new Input(BundleSurgery.seal(BundleSurgery.zip(resigned(entries, sequence, null)), recipient),
                how.toString());
    }

    /**
     * The entries behind a manifest that lists them truthfully and is signed; {@code manifestAfter},
     * when given, replaces that manifest's bytes (a mutated manifest, signed as it is).
     */
    private List<Entry> resigned(List<Entry> entries, long sequence, byte[] manifestAfter) throws Exception {
        byte[] manifest = manifestAfter != null ? manifestAfter
                : BundleSurgery.truthfulManifest(manifestOf(entries), entries, sequence, keys.signing());
        return BundleSurgery.signed(manifest, entries, keys.signing());
    }

    /** The seed's own manifest, renumbered and re-signed, listing the entries as they were before the edit. */
    private byte[] staleManifest(List<Entry> original, long sequence) throws Exception {
        return BundleSurgery.truthfulManifest(manifestOf(original), original, sequence, keys.signing());
    }

    private static byte[] manifestOf(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.name().equals(BundleSurgery.MANIFEST)) {
                try {
                    if (BundleSurgery.parse(e.data()) instanceof com.fasterxml.jackson.databind.node.ObjectNode) {
                        return e.data();
                    }
                } catch (java.io.IOException | RuntimeException notJson) {
                    // an edit emptied or broke it: start from a plain one
                }
            }
        }
        return ("{\"format\":\"caravan-bundle\",\"version\":1,\"deviceId\":\"" + UUID.randomUUID()
                + "\",\"sequence\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"recipients\":1,\"signingKey\":\"\","
                + "\"entries\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Edits at the level of zip entries. */
    private static final class EntryEdits {
        private static final String[] NAMES = {"../x", "../../outside.txt", "/abs.json", "a\\b.json", "C:evil.json",
            "interviews/../manifest.json", "./vocabulary.json", "interviews/./x.json", "unknown.txt", "",
            "attachments.json/", "interviews/", "vocabulary.json\0.txt", "ｍanifest.json"};
        private final SplittableRandom random;
        private final StringBuilder how;

        EntryEdits(SplittableRandom random, StringBuilder how) {
            this.random = random;
            this.how = how;
        }

        List<Entry> edit(List<Entry> in) throws Exception {
            List<Entry> out = new ArrayList<>(in);
            int edits = 1 + random.nextInt(2);
            for (int i = 0; i < edits; i++) {
                once(out);
            }
            return out;
        }

        private void once(List<Entry> out) throws Exception {
            int at = random.nextInt(out.size());
            Entry e = out.get(at);
            switch (random.nextInt(10)) {
                case 0 -> {
                    String name = hostileName(e);
                    out.set(at, e.withName(name));
                    how.append("rename ").append(e.name()).append(" to ").append(shown(name)).append(';');
                }
                case 1 -> {
                    out.add(random.nextBoolean() ? at + 1 : out.size(), e);
                    how.append("duplicate ").append(e.name()).append(';');
                }
                case 2 -> {
                    out.remove(at);
                    how.append("drop ").append(e.name()).append(';');
                }
                case 3 -> {
                    int other = random.nextInt(out.size());
                    out.set(at, out.get(other));
                    out.set(other, e);
                    how.append("swap ").append(at).append(',').append(other).append(';');
                }
                case 4 -> {
                    long size = switch (random.nextInt(4)) {
                        case 0 -> 0xFFFF_FFF0L;
                        case 1 -> 0x7FFF_FFFFL;
                        case 2 -> e.data().length + 1L;
                        default -> 0;
                    };
                    out.set(at, new Entry(e.name(), e.data(), random.nextBoolean(), size));
                    how.append("zip-size ").append(e.name()).append('=').append(size).append(';');
                }
                case 5 -> {
                    out.set(at, e.withData(new byte[0]));
                    how.append("empty ").append(e.name()).append(';');
                }
                case 6 -> {
                    out.set(at, new Entry(e.name(), e.data(), false, -1));
                    how.append("stored ").append(e.name()).append(';');
                }
                case 7 -> bomb(out);
                case 8 -> {
                    out.add(new Entry(hostileName(e), new byte[] {'x'}));
                    how.append("extra entry;");
                }
                default -> {
                    List<Entry> copy = List.copyOf(out);
                    out.clear();
                    for (int i = copy.size() - 1; i >= 0; i--) {
                        out.add(copy.get(i));
                    }
                    how.append("reverse;");
                }
            }
        }

        private String hostileName(Entry e) {
            return switch (random.nextInt(4)) {
                case 0 -> "interviews/" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + ".json";
                case 1 -> "attachments/" + UUID.randomUUID() + "/" + UUID.randomUUID();
                case 2 -> e.name() + "/../" + e.name();
                default -> NAMES[random.nextInt(NAMES.length)];
            };
        }

        /** An attachment of zeros described in attachments.json: expands far more than 200 times. */
        private void bomb(List<Entry> out) throws Exception {
            int describedAt = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals("attachments.json")) {
                    describedAt = i;
                }
            }
            if (describedAt < 0) {
                how.append("no-bomb;");
                return;
            }
            byte[] zeros = new byte[(1 + random.nextInt(4)) << 20];
            UUID interview = UUID.randomUUID();
            UUID id = UUID.randomUUID();
            com.fasterxml.jackson.databind.JsonNode parsed;
            try {
                parsed = BundleSurgery.parse(out.get(describedAt).data());
            } catch (java.io.IOException e) {
                parsed = null;
            }
            if (!(parsed instanceof ObjectNode root) || !(root.get("attachments") instanceof ArrayNode list)) {
                how.append("no-bomb;");
                return;
            }
            list.addObject().put("id", id.toString())
                    .put("interviewId", interview.toString()).put("fileName", "zeros.wav").put("mediaType", "audio/wav")
                    .put("size", zeros.length).put("sha256", BundleSurgery.sha256(zeros))
                    .put("addedAt", "2026-01-02T03:04:05Z");
            out.set(describedAt, out.get(describedAt).withData(root.toString().getBytes(StandardCharsets.UTF_8)));
            out.add(new Entry("attachments/" + interview + "/" + id, zeros));
            how.append("bomb ").append(zeros.length).append(';');
        }

        private static String shown(String name) {
            return name.replace("\0", "\\0");
        }
    }
}
