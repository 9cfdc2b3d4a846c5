package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.Identity;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard {@code age} tool reads our bundles, and we read what it writes. */
class AgeInteropTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsAge() {
        boolean installed = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "age")));
        if (!installed) {
            Assumptions.assumeTrue(false, "age CLI not installed: apt-get install -y age");
        }
    }

    private static int run(Path workDir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("age.log").toFile()).start();
        return process.waitFor();
    }

    @Test
    void ageDecryptsASealedBundleWithTheDeskIdentityFile() throws Exception {
        Path key = dir.resolve("desk.key");
        char[] secret = BundleTest.DESK.toChars();
        Files.writeString(key, "# desk identity\n" + new String(secret) + "\n");
        BundleTest.vocabularyOfARealVault(dir);
        Files.write(dir.resolve("bundle.age"), BundleTest.seal(BundleTest.contents(Identity.EMPTY, List.of())));

        assertEquals(0, run(dir, "age", "-d", "-i", key.toString(), "-o", "bundle.zip", "bundle.age"),
                Files.readString(dir.resolve("age.log")));
        Set<String> names = new java.util.LinkedHashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("bundle.zip")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("manifest.json", "manifest.sig", "vocabulary.json"), names.stream().limit(3).toList());
    }

    @Test
    void weDecryptWhatAgeEncryptsToOurRecipient() throws Exception {
        try (AgeIdentity ours = AgeIdentity.generate()) {
            Files.writeString(dir.resolve("plain.txt"), "from age, to Caravan\n");
            assertEquals(0, run(dir, "age", "-r", ours.recipient().value(), "-o", "sealed.age", "plain.txt"),
                    Files.readString(dir.resolve("age.log")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = Age.decrypt(Files.newInputStream(dir.resolve("sealed.age")), ours)) {
                in.transferTo(out);
            }
            assertEquals("from age, to Caravan\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void weReadAnIdentityFileFromAgeKeygen() throws Exception {
        Assumptions.assumeTrue(run(dir, "age-keygen", "-o", "k.txt") == 0, "age-keygen not installed");
        String file = Files.readString(dir.resolve("k.txt"));
        String publicKey = file.lines().filter(l -> l.startsWith("# public key: ")).findFirst().orElseThrow()
                .substring("# public key: ".length());
        try (AgeIdentity identity = AgeIdentity.parseFile(file.getBytes(StandardCharsets.US_ASCII))) {
            assertEquals(publicKey, identity.recipient().value());
        }
    }
}
