package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large attachment goes in and comes out bit-exact through a JVM whose heap is a fraction of
 * the file (so nothing buffers it whole), and no byte of it is readable in any file on disk:
 * H2 keeps BLOBs inside the encrypted MVStore file and writes no LOB or temp files of its own.
 * Size: {@code -Dcaravan.attachment.mb} (default 128); heap of the writing JVM: 48 MiB.
 */
class LargeAttachmentTest {
    private static final int HEAP_MIB = 48;

    @TempDir
    Path temp;

    @Test
    void aLargeFileRoundTripsBitExactThroughASmallHeapAndNeverLandsOnDiskInPlaintext() throws Exception {
        long mib = Long.getLong("caravan.attachment.mb", 128);
        String canary = "CANARY-ATTACHMENT-" + UUID.randomUUID();
        Path vaultDir = temp.resolve("vault");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = Set.copyOf(Fixtures.filesUnder(tmp));

        String[] ok = runSmallHeapChild(vaultDir, mib, canary);

        String expected = sha256(new SyntheticContent(mib << 20, canary, 1));
        assertEquals(expected, ok[2], "digest computed while storing");
        assertEquals(expected, ok[3], "digest of what was read back");
        System.out.printf("attachment %d MiB through a %s MiB heap: write %s MB/s, read %s MB/s, heap in use after"
                + " gc %s MiB, vault file %d MiB%n", mib, ok[7], ok[4], ok[5], ok[6],
                Files.size(vaultDir.resolve("caravan.mv.db")) >> 20);

        assertEquals(Set.of("caravan.mv.db", "vault.key", "vault.lock"), names(vaultDir));
        List<Path> newTemp = Fixtures.filesUnder(tmp).stream()
                .filter(p -> !before.contains(p) && !p.startsWith(temp)).toList();
        assertEquals(List.of(), newTemp, "files left in the temp folder");
        byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
        for (Path file : Fixtures.filesUnder(vaultDir)) {
            assertFalse(Scan.contains(file, needle), file + " contains the attachment canary in clear");
        }
        // The scan can fail: the canary is in the content, as read back through the app.
        try (VaultSession session = Fixtures.fastVaults().open(vaultDir, Fixtures.passphrase());
                InputStream in = session.attachments().open(UUID.fromString(ok[1]))) {
            assertArrayEquals(needle, in.readNBytes(needle.length));
            assertEquals(mib << 20, session.attachments().get(UUID.fromString(ok[1])).size());
        }
    }

    private static String[] runSmallHeapChild(Path vaultDir, long mib, String canary) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx" + HEAP_MIB + "m", "-XX:+UseSerialGC",
                "-Djava.util.logging.config.class=app.caravan.LoggingSetup",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), AttachmentRoundTrip.class.getName(),
                vaultDir.toString(), Long.toString(mib), canary))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), output);
        String line = output.lines().filter(l -> l.startsWith("OK ")).findFirst().orElseThrow(() ->
                new AssertionError("no result from the child:\n" + output));
        return line.split(" ");
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Set<String> names(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
