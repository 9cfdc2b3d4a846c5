package app.caravan.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structure-aware edits of JSON: drop, duplicate and add keys, values of the wrong type, huge and
 * odd numbers, hostile strings, deep nesting, array element duplication and invalid UTF-8. Input
 * that does not parse gets byte mutations instead.
 */
public final class JsonMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "\u2603RAW\u2603";
    private static final String DUP = "\u2603DUP\u2603";
    private static final String[] NUMBERS = {"1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809",
        "9223372036854775807", "-1", "0", "1.5", "-0.0", "1E+2", "2147483648", "4294967296"};
    private static final String[] STRINGS = {"", " ", "../x", "..\\..\\x", "/etc/passwd", "\u0000", "\uFEFF",
        "\u202Eevil", "2022-13-45", "2022-02-30T25:61:00+99:00", "9999-12-31T23:59:59Z", "-999999999-01-01",
        "00000000-0000-0000-0000-000000000000", "not-a-uuid", "AGE-SECRET-KEY-1", "age1", "Ташкент", "\uD83D\uDE00",
        "\uD800", "%s%n%x", "${jndi:ldap://x}", "'; DROP TABLE interview; --", "x".repeat(70_000)};

    private final SplittableRandom random;
    private final StringBuilder log;
    private final Mutator bytes;

    public JsonMutator(SplittableRandom random, StringBuilder log) {
        this.random = random;
        this.log = log;
        this.bytes = new Mutator(random, log);
    }

    /** One or two structural edits, and now and then a byte mutation on top. */
    public byte[] mutate(byte[] input, List<byte[]> others) {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isContainerNode()) {
            return bytes.mutate(input, others);
        }
        byte[] out = input;
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            try {
                out = edit(JSON.readTree(out), out);
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        if (random.nextInt(6) == 0) {
            out = bytes.mutate(out, others);
        }
        return out;
    }

    private byte[] edit(JsonNode root, byte[] original) throws IOException {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            note("no-slot");
            return invalidUtf8(original);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        String raw = null;
        String dupName = null;
        switch (random.nextInt(11)) {
            case 0 -> {
                slot.remove();
                note("drop " + slot);
            }
            case 1 -> {
                if (slot.parent instanceof ObjectNode object) {
                    object.set(DUP, slot.value().deepCopy());
                    dupName = slot.key;
                    note("dupkey " + slot);
                } else {
                    ((ArrayNode) slot.parent).insert(slot.index, slot.value().deepCopy());
                    note("dupelem " + slot);
                }
            }
            case 2 -> {
                slot.set(otherType(slot.value()));
                note("type " + slot);
            }
            case 3 -> {
                raw = NUMBERS[random.nextInt(NUMBERS.length)];
                slot.set(TextNode.valueOf(RAW));
                note("number " + raw + " " + slot);
            }
            case 4 -> {
                slot.set(TextNode.valueOf(STRINGS[random.nextInt(STRINGS.length)]));
                note("string " + slot);
            }
            case 5 -> {
                int depth = random.nextBoolean() ? 100 + random.nextInt(900) : 5_000 + random.nextInt(50_000);
                raw = "[".repeat(depth) + "]".repeat(depth);
                slot.set(TextNode.valueOf(RAW));
                note("deep" + depth + " " + slot);
            }
            case 6 -> {
                if (slot.parent instanceof ObjectNode object) {
                    object.put("unexpected" + random.nextInt(3), random.nextInt(3));
                    note("addkey " + slot);
                } else {
                    slot.set(new ObjectNode(JsonNodeFactory.instance));
                    note("emptyobj " + slot);
                }
            }
            case 7 -> {
                slot.set(slot.value().isArray() ? new ObjectNode(JsonNodeFactory.instance)
                        : new ArrayNode(JsonNodeFactory.instance));
                note("container " + slot);
            }
            case 8 -> {
                if (slot.value().isTextual() && !slot.value().asText().isEmpty()) {
                    String text = slot.value().asText();
                    int cut = random.nextInt(text.length());
                    slot.set(TextNode.valueOf(text.substring(0, cut) + text.substring(Math.min(text.length(), cut + 1))));
                    note("strcut " + slot);
                } else {
                    slot.set(NullNode.getInstance());
                    note("null " + slot);
                }
            }
            case 9 -> {
                note("utf8");
                return invalidUtf8(original);
            }
            default -> {
                ArrayNode array = findArray(root);
                if (array != null && !array.isEmpty()) {
                    int times = 1 + random.nextInt(random.nextBoolean() ? 3 : 2_000);
                    JsonNode copy = array.get(random.nextInt(array.size()));
                    for (int i = 0; i < times; i++) {
                        array.add(copy.deepCopy());
                    }
                    note("repeat" + times);
                } else {
                    slot.remove();
                    note("drop " + slot);
                }
            }
        }
        String text = random.nextBoolean() ? JSON.writeValueAsString(root)
                : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        if (raw != null) {
            text = text.replace(JSON.writeValueAsString(RAW), raw);
        }
        if (dupName != null) {
            text = text.replace(JSON.writeValueAsString(DUP), JSON.writeValueAsString(dupName));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are never UTF-8, put inside a string or between tokens. */
    private byte[] invalidUtf8(byte[] in) {
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3, '('}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0,
            (byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}};
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        for (int i = at; i < in.length; i++) {
            if (in[i] == '"') {
                at = i + 1;
                break;
            }
        }
        byte[] b = bad[random.nextInt(bad.length)];
        return Mutator.concat(java.util.Arrays.copyOfRange(in, 0, at), b, java.util.Arrays.copyOfRange(in, at, in.length));
    }

    private JsonNode otherType(JsonNode value) {
        List<JsonNode> choices = new ArrayList<>(List.of(TextNode.valueOf("7"), LongNode.valueOf(7),
                BooleanNode.TRUE, NullNode.getInstance(), new ArrayNode(JsonNodeFactory.instance).add("x"),
                new ObjectNode(JsonNodeFactory.instance).put("x", 1), DecimalNode.valueOf(new BigDecimal("0.5"))));
        choices.removeIf(c -> c.getNodeType() == value.getNodeType());
        return choices.get(random.nextInt(choices.size()));
    }

    private ArrayNode findArray(JsonNode root) {
        List<ArrayNode> arrays = new ArrayList<>();
        collectArrays(root, arrays);
        return arrays.isEmpty() ? null : arrays.get(random.nextInt(arrays.size()));
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> into) {
        if (node instanceof ArrayNode array) {
            into.add(array);
        }
        node.forEach(child -> collectArrays(child, into));
    }

    private static void collect(JsonNode node, List<Slot> into) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                into.add(new Slot(object, name, -1));
                collect(object.get(name), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Slot(array, null, i));
                collect(array.get(i), into);
            }
        }
    }

    private void note(String what) {
        log.append(log.length() == 0 ? "" : " ").append(what);
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(ContainerNode<?> parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        @Override
        public String toString() {
            return key != null ? "." + (key.length() > 20 ? key.substring(0, 20) : key) : "[" + index + "]";
        }
    }
}
