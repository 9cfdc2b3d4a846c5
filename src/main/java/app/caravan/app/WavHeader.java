package app.caravan.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;

/**
 * The canonical 44-byte header of a PCM WAV file. A recording starts with placeholder sizes
 * (0xFFFFFFFF, which players read as "until the end of the file") because its length is only
 * known when it stops; {@link #patchSizes} puts in the real ones afterwards, also for a
 * recording that a crash interrupted.
 */
final class WavHeader {
    static final int LENGTH = 44;
    private static final long UNKNOWN = 0xFFFF_FFFFL;

    private WavHeader() {
    }

    static byte[] streaming(AudioFormat format) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        int channels = format.getChannels();
        int bits = format.getSampleSizeInBits();
        int rate = Math.round(format.getSampleRate());
        b.put(ascii("RIFF")).putInt((int) UNKNOWN).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        b.put(ascii("data")).putInt((int) UNKNOWN);
        return b.array();
    }

    /** True when {@code head} starts with a header this class writes (PCM, data chunk at 36). */
    static boolean isCanonical(byte[] head, int length) {
        if (length < LENGTH) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(head, 0, LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        return matches(head, 0, "RIFF") && matches(head, 8, "WAVE") && matches(head, 12, "fmt ")
                && b.getInt(16) == 16 && b.getShort(20) == 1 && matches(head, 36, "data");
    }

    /** Sets the RIFF and data sizes for a file of {@code total} bytes (capped at the 4 GiB the format allows). */
    static void patchSizes(byte[] head, long total) {
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, (int) Math.min(total - 8, UNKNOWN));
        b.putInt(40, (int) Math.min(total - LENGTH, UNKNOWN));
    }

    private static boolean matches(byte[] head, int at, String tag) {
        byte[] t = ascii(tag);
        for (int i = 0; i < t.length; i++) {
            if (head[at + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
