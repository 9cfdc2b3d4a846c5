package app.caravan.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded byte-level mutations: bit flips, byte insert and delete, truncation, chunk duplication,
 * interesting values and splicing of two inputs. Each call names what it did in {@code log}, so a
 * failure report says how the input was made.
 */
public final class Mutator {
    private static final byte[] INTERESTING = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, '"', '{', '[', ',', ':',
        '\\', '\n', '0', '9', '-', 'e'};

    private final SplittableRandom random;
    private final StringBuilder log;

    public Mutator(SplittableRandom random, StringBuilder log) {
        this.random = random;
        this.log = log;
    }

    /** One to four stacked byte mutations; {@code others} supplies inputs for splicing. */
    public byte[] mutate(byte[] input, List<byte[]> others) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = once(out, others);
        }
        return out;
    }

    private byte[] once(byte[] in, List<byte[]> others) {
        if (in.length == 0) {
            note("insert@0");
            return new byte[] {(byte) random.nextInt(256)};
        }
        return switch (random.nextInt(9)) {
            case 0 -> flipBits(in);
            case 1 -> insert(in);
            case 2 -> delete(in);
            case 3 -> truncate(in);
            case 4 -> duplicateChunk(in);
            case 5 -> splice(in, others.get(random.nextInt(others.size())));
            case 6 -> interesting(in);
            case 7 -> overwriteChunk(in);
            default -> flipBits(in);
        };
    }

    private byte[] flipBits(byte[] in) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        note("flip" + flips);
        return out;
    }

    private byte[] insert(byte[] in) {
        int at = random.nextInt(in.length + 1);
        int n = 1 + random.nextInt(random.nextBoolean() ? 4 : 300);
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        note("insert" + n + "@" + at);
        return concat(Arrays.copyOfRange(in, 0, at), bytes, Arrays.copyOfRange(in, at, in.length));
    }

    private byte[] delete(byte[] in) {
        int at = random.nextInt(in.length);
        int n = Math.min(in.length - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 500));
        note("delete" + n + "@" + at);
        return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, at + n, in.length));
    }

    private byte[] truncate(byte[] in) {
        int at = random.nextInt(in.length);
        note("truncate@" + at);
        return Arrays.copyOf(in, at);
    }

    private byte[] duplicateChunk(byte[] in) {
        int from = random.nextInt(in.length);
        int n = Math.min(in.length - from, 1 + random.nextInt(2_000));
        int at = random.nextInt(in.length + 1);
        note("dup" + n + "from" + from + "@" + at);
        return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, from, from + n),
                Arrays.copyOfRange(in, at, in.length));
    }

    private byte[] overwriteChunk(byte[] in) {
        byte[] out = in.clone();
        int from = random.nextInt(in.length);
        int to = random.nextInt(in.length);
        int n = Math.min(Math.min(in.length - from, in.length - to), 1 + random.nextInt(64));
        System.arraycopy(in, from, out, to, n);
        note("copy" + n + "from" + from + "@" + to);
        return out;
    }

    /** The head of one input and the tail of another. */
    private byte[] splice(byte[] in, byte[] other) {
        if (other.length == 0) {
            return truncate(in);
        }
        int cut = random.nextInt(in.length);
        int from = random.nextInt(other.length);
        note("splice@" + cut + "+" + from);
        return concat(Arrays.copyOfRange(in, 0, cut), Arrays.copyOfRange(other, from, other.length));
    }

    private byte[] interesting(byte[] in) {
        byte[] out = in.clone();
        int at = random.nextInt(out.length);
        out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        note("set@" + at);
        return out;
    }

    private void note(String what) {
        log.append(log.length() == 0 ? "" : " ").append(what);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
