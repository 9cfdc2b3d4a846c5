package app.caravan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard {@code age} tool opens our passphrase files and we open its {@code age -p} files.
 * age reads passphrases from the terminal only, so it runs under {@code script}, which gives it
 * a pseudo-terminal; each answer is typed once its prompt has appeared.
 */
class AgePassphraseInteropTest {
    private static final String PASSPHRASE = "courier passphrase 7";
    private static final byte[] PLAIN = "from the field, by courier\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeEach
    void needsAgeAndScript() {
        Assumptions.assumeTrue(onPath("age"), "age CLI not installed: apt-get install -y age");
        Assumptions.assumeTrue(onPath("script"), "script (util-linux) not installed: age needs a terminal");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
    }

    /** Runs {@code command} on a pseudo-terminal, answering each prompt with the passphrase. */
    private String onTerminal(String command, String... prompts) throws Exception {
        Process process = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        try (InputStream out = process.getInputStream(); OutputStream in = process.getOutputStream()) {
            for (String prompt : prompts) {
                while (!seen.toString().contains(prompt)) {
                    int c = out.read();
                    if (c < 0) {
                        throw new AssertionError("age ended before asking \"" + prompt + "\": " + seen);
                    }
                    seen.append((char) c);
                }
                seen.setLength(0);
                in.write((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            seen.append(new String(out.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("age did not finish: " + seen);
        }
        assertEquals(0, process.exitValue(), seen.toString());
        return seen.toString();
    }

    @Test
    void ageDecryptsWhatWeSealToAPassphrase() throws Exception {
        try (AgePassphrase p = AgePassphrase.of(PASSPHRASE.toCharArray(), AgePassphraseTest.FAST)) {
            Files.write(dir.resolve("sealed.age"), AgePassphraseTest.seal(p, PLAIN));
        }
        onTerminal("age -d -o plain.txt sealed.age", "Enter passphrase");
        assertArrayEquals(PLAIN, Files.readAllBytes(dir.resolve("plain.txt")));
    }

    @Test
    void weDecryptWhatAgeSealsWithAPassphrase() throws Exception {
        Files.write(dir.resolve("plain.txt"), PLAIN);
        onTerminal("age -p -o sealed.age plain.txt", "Enter passphrase", "Confirm passphrase");
        byte[] sealed = Files.readAllBytes(dir.resolve("sealed.age"));
        try (AgePassphrase p = AgePassphrase.of(PASSPHRASE.toCharArray())) {
            assertArrayEquals(PLAIN, AgePassphraseTest.open(sealed, p));
        }
    }
}
