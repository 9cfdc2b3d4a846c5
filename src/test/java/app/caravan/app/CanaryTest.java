package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes known strings through the app's own save paths and then looks for them, in every
 * common encoding, in every file under the vault folder and the temp folder. The check is
 * proven able to fail: the same scan finds the canary in a plaintext export.
 */
class CanaryTest {
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path temp;

    @Test
    void noInterviewContentOrIdentityIsReadableOnDisk() throws Exception {
        String latin = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        String cyrillic = "КАНАРЕЙКА" + latin.substring(6, 14);
        Path vaultDir = temp.resolve("vault");
        Path exportFile = temp.resolve("explicit-export.json");

        try (VaultSession session = Fixtures.fastVaults().create(vaultDir, Fixtures.passphrase())) {
            Interview created = session.interviews().create("Pseudonym " + latin);
            Interview full = Fixtures.fullInterview(latin + " " + cyrillic).toBuilder()
                    .id(created.id()).pseudonym("Pseudonym " + latin).revision(created.revision()).build();
            Interview saved = session.interviews().save(full);
            session.interviews().saveIdentity(created.id(), Fixtures.identity(latin + " " + cyrillic));
            // Big enough to push H2 towards spilling LOBs and temp results, small enough to stay fast.
            String longTranscript = (cyrillic + " " + latin + " ").repeat(20_000);
            session.interviews().save(saved.toBuilder().transcript(longTranscript).segments(List.of()).build());
            session.settings().setUserName(latin);
            byte[] scan = (latin + " " + cyrillic + " ").repeat(5_000).getBytes(StandardCharsets.UTF_8);
            session.attachments().add(created.id(), "consent " + latin + ".pdf", null,
                    new java.io.ByteArrayInputStream(scan), scan.length, null);
            assertEquals(List.of(created.id()), session.pseudonyms().collisions("Тимур").stream()
                    .map(NameCollision::interviewId).toList());
            assertEquals(1, session.interviews().list().size());
            session.interchange().exportFile(exportFile);
        }

        List<Path> scanned = new ArrayList<>(Fixtures.filesUnder(vaultDir));
        scanned.addAll(Fixtures.filesUnder(Path.of(System.getProperty("java.io.tmpdir"))));
        scanned.remove(exportFile);
        assertTrue(scanned.stream().anyMatch(p -> p.getFileName().toString().endsWith(".mv.db")), "scanned " + scanned);
        for (Path file : scanned) {
            if (file.startsWith(vaultDir) || Files.size(file) < 50_000_000) {
                assertFalse(contains(file, latin), file + " contains the canary in clear");
                assertFalse(contains(file, cyrillic), file + " contains the Cyrillic canary in clear");
            }
        }
        assertTrue(Fixtures.filesUnder(vaultDir).stream().noneMatch(p -> p.toString().endsWith(".trace.db")),
                "H2 trace files are not encrypted and must not exist");

        // The scan can fail: the explicitly chosen plaintext export does contain the canary.
        assertTrue(contains(exportFile, latin));
        assertTrue(contains(exportFile, cyrillic));
    }

    private static boolean contains(Path file, String canary) throws Exception {
        byte[] content = Files.readAllBytes(file);
        for (Charset charset : ENCODINGS) {
            if (indexOf(content, canary.getBytes(charset)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
