package app.caravan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our payload writer against two independent readers: jagged's decrypting channel and, when
 * installed, the {@code age} CLI. The sizes sit on the chunk and batch boundaries where a
 * STREAM writer goes wrong (the last chunk must carry the flag even when it is full, an empty
 * payload is one empty last chunk, and the batches must keep the counter running).
 */
class AgePayloadStreamTest {
    private static final int CHUNK = AgePayloadStream.CHUNK;
    private static final AgeIdentity DESK = AgeIdentity.generate();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17, 32 * CHUNK, 32 * CHUNK + 1,
            64 * CHUNK, 100 * CHUNK + 5})
    void jaggedReadsWhatWeWrite(int size) throws Exception {
        byte[] plain = random(size);
        byte[] sealed = seal(plain, 4096);
        try (InputStream in = Age.decrypt(new ByteArrayInputStream(sealed), DESK)) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        // The header, then every chunk with its 16-byte tag: nothing more, nothing less.
        assertEquals(size + 16L * chunks, sealed.length - headerLength(sealed));
    }

    @Test
    void writesOfAnySizeGiveTheSameBytesAfterTheHeader() throws Exception {
        byte[] plain = random(40 * CHUNK + 333);
        // Different write sizes must not change chunking: compare sizes and that both decrypt.
        byte[] bytewise = seal(plain, 1);
        byte[] large = seal(plain, 5 * CHUNK + 7);
        assertEquals(bytewise.length - headerLength(bytewise), large.length - headerLength(large));
        for (byte[] sealed : List.of(bytewise, large)) {
            try (InputStream in = Age.decrypt(new ByteArrayInputStream(sealed), DESK)) {
                assertArrayEquals(plain, in.readAllBytes());
            }
        }
    }

    @Test
    void aCutOrAlteredPayloadFailsToDecrypt() throws Exception {
        byte[] plain = random(33 * CHUNK);
        byte[] sealed = seal(plain, 8192);
        int header = headerLength(sealed);
        // Cut after whole chunks: without the flagged last chunk this is a truncation.
        byte[] cut = java.util.Arrays.copyOf(sealed, header + 2 * (CHUNK + 16));
        assertThrows(IOException.class, () -> {
            try (InputStream in = Age.decrypt(new ByteArrayInputStream(cut), DESK)) {
                in.readAllBytes();
            }
        });
        byte[] flipped = sealed.clone();
        flipped[header + 20 * (CHUNK + 16) + 5] ^= 1;
        assertThrows(IOException.class, () -> {
            try (InputStream in = Age.decrypt(new ByteArrayInputStream(flipped), DESK)) {
                in.readAllBytes();
            }
        });
    }

    @Test
    void nonceIsTheBigEndianCounterThenTheLastFlag() {
        byte[] nonce = AgePayloadStream.nonce(0x0102030405L, true);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 1}, nonce);
        assertEquals(0, AgePayloadStream.nonce(7, false)[11]);
    }

    @Test
    void writingAfterCloseIsRefused() throws Exception {
        OutputStream out = Age.encrypt(new ByteArrayOutputStream(), List.of(DESK.recipient()));
        out.close();
        assertThrows(IOException.class, () -> out.write(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, CHUNK, 32 * CHUNK, 70 * CHUNK + 9})
    void theAgeCliReadsWhatWeWrite(int size) throws Exception {
        Assumptions.assumeTrue(onPath("age"), "age CLI not installed: apt-get install -y age");
        byte[] plain = random(size);
        Path sealed = dir.resolve("payload.age");
        Files.write(sealed, seal(plain, 10_000));
        Path key = dir.resolve("desk.key");
        char[] secret = DESK.toChars();
        Files.writeString(key, new String(secret) + "\n", StandardCharsets.US_ASCII);
        java.util.Arrays.fill(secret, '\0');
        Path opened = dir.resolve("payload.bin");
        Process age = new ProcessBuilder("age", "-d", "-i", key.toString(), "-o", opened.toString(), sealed.toString())
                .redirectErrorStream(true).start();
        assertTrue(age.waitFor(60, TimeUnit.SECONDS), "age did not finish");
        String said = new String(age.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, age.exitValue(), "age -d failed: " + said);
        // age creates its output file on the first byte it writes: none for an empty payload.
        assertArrayEquals(plain, Files.exists(opened) ? Files.readAllBytes(opened) : new byte[0]);
    }

    private static byte[] seal(byte[] plain, int writeSize) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = Age.encrypt(sink, List.of(DESK.recipient()))) {
            for (int off = 0; off < plain.length; off += writeSize) {
                out.write(plain, off, Math.min(writeSize, plain.length - off));
            }
        }
        return sink.toByteArray();
    }

    /** The header ends with "--- " and a 43-character MAC and a newline, then the 16-byte payload nonce. */
    private static int headerLength(byte[] sealed) {
        String text = new String(sealed, 0, Math.min(sealed.length, 4096), StandardCharsets.ISO_8859_1);
        int mac = text.indexOf("\n--- ");
        return mac + "\n--- ".length() + 43 + 1 + 16;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
    }
}
