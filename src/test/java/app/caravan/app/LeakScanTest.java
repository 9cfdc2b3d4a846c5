package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak scan after a whole session: a child process ({@link LeakSession}) uses every feature
 * with canary strings in interview content and in identities, with its own temp folder, home and
 * config folder, and its log (everything down to FINE) captured. Afterwards no canary may be
 * found, in UTF-8 or UTF-16, in any file the session could have touched, except where the user
 * explicitly chose plaintext: the JSON export (which holds them all, proving the scan can find
 * them) and the anonymized dataset (de-identified: it may quote the transcript, never an identity
 * or a pseudonym).
 */
class LeakScanTest {
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path temp;

    @Test
    void aWholeSessionLeavesNoCanaryOutsideTheVaultsAndTheChosenExports() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String content = "CANARY" + suffix;
        String contentCyrillic = "КАНАРЕЙКА" + suffix;
        String identity = "IDENTITY" + suffix;
        String identityCyrillic = "ЛИЧНОСТЬ" + suffix;
        String pseudonym = "PSEUDONYM" + suffix;
        Path root = temp.resolve("session");
        Path home = Files.createDirectories(temp.resolve("home"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path log = Files.createDirectories(temp.resolve("logs")).resolve("session.log");

        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-Djava.io.tmpdir=" + tmp,
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), LeakSession.class.getName(),
                root.toString(), content + " " + contentCyrillic, identity + " " + identityCyrillic, pseudonym))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("APPDATA", home.resolve("AppData").toString());
        env.put("TMPDIR", tmp.toString());
        Process child = builder.start();
        assertTrue(child.waitFor(240, TimeUnit.SECONDS), "the session did not end");
        String output = Files.readString(log);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("session done"), output);
        assertTrue(Fixtures.filesUnder(home).stream().anyMatch(p -> p.getFileName().toString()
                .equals(PreferencesFile.FILE_NAME)), "the preferences were written under the test's home");

        Path json = root.resolve("chosen/export.json");
        Path dataset = root.resolve("research/dataset");
        List<String> all = List.of(content, contentCyrillic, identity, identityCyrillic, pseudonym);
        for (String canary : all) {
            assertTrue(contains(json, canary), "the scan finds " + canary + " in the explicit JSON export");
        }
        assertTrue(Files.isDirectory(dataset), "the anonymized export was made");
        assertTrue(Files.isRegularFile(root.resolve("chosen/bundle-copy.age")));

        List<Path> scanned = new ArrayList<>();
        for (Path dir : List.of(root, home, tmp, log.getParent())) {
            scanned.addAll(Fixtures.filesUnder(dir));
        }
        scanned.remove(json);
        assertTrue(scanned.stream().anyMatch(p -> p.startsWith(root.resolve("desk-vault"))
                && p.getFileName().toString().endsWith(".mv.db")), "the vaults are scanned: " + scanned);
        assertTrue(scanned.stream().anyMatch(p -> p.startsWith(root.resolve("shared-folder"))), "the target too");
        for (Path file : scanned) {
            List<String> forbidden = file.startsWith(dataset) ? List.of(identity, identityCyrillic, pseudonym) : all;
            for (String canary : forbidden) {
                assertFalse(contains(file, canary), file + " holds " + canary + " in clear");
            }
        }
    }

    private static boolean contains(Path file, String canary) throws Exception {
        for (Charset charset : ENCODINGS) {
            if (Scan.contains(file, canary.getBytes(charset))) {
                return true;
            }
        }
        return false;
    }
}

