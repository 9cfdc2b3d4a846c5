package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Caravan;
import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one vault (issue 8), as two real processes: while this JVM holds the
 * vault open through the app, the command line started as a second JVM (the jar's own main
 * class) is refused with one clear line and exit code 1, and the vault is unharmed; once the
 * first instance closes it, the same command works.
 */
class VaultInUseCliTest {
    @TempDir
    Path temp;

    @Test
    void aSecondProcessGetsAClearMessageWhileTheFirstHoldsTheVault() throws Exception {
        Path dir = temp.resolve("vault");
        Path passphrase = CliRun.passphraseFile(temp);
        try (VaultSession first = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
            Fixtures.consentedInterview(first);
            Result second = cli(dir, passphrase, "list");
            assertEquals(1, second.exit, second.toString());
            assertEquals("caravan: The vault in " + dir + " is open in another Caravan window or process;"
                    + " close it there first\n", second.err, second.toString());
            assertEquals("", second.out);
            assertEquals(1, first.interviews().list().size(), "the first instance goes on working");
        }
        Result after = cli(dir, passphrase, "list");
        assertEquals(0, after.exit, after.toString());
        assertTrue(after.out.contains("Timur"), after.toString());
    }

    private record Result(int exit, String out, String err) {
    }

    private Result cli(Path vault, Path passphrase, String... command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        List<String> args = new java.util.ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                // Its own home: the app's preferences of the person running the build stay out of it.
                "-Duser.home=" + temp.resolve("home"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), Caravan.class.getName(),
                "--vault", vault.toString(), "--passphrase-file", passphrase.toString()));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the second process did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).replace("\r", ""),
                Files.readString(err, StandardCharsets.UTF_8).replace("\r", ""));
    }
}
