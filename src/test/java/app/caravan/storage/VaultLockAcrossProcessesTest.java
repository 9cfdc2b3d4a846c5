package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.storage.VaultException.Kind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault held open by another process (a real second JVM) is refused, and freed when that process dies. */
class VaultLockAcrossProcessesTest {
    @TempDir
    Path temp;

    @Test
    void anotherProcessHoldingTheVaultGetsAClearMessageAndNoDamage() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            new InterviewStore(vault).insert(Fixtures.fullInterview("x"));
        }
        Process holder = startHolder(dir);
        try {
            VaultException e = org.junit.jupiter.api.Assertions.assertThrows(VaultException.class,
                    () -> Vault.open(dir, Fixtures.passphrase()));
            assertEquals(Kind.IN_USE, e.kind());
            assertTrue(e.getMessage().contains("open in another Caravan"), e.getMessage());
        } finally {
            // kill -9: the OS lock must go with the process, no stale lock left behind
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(1, new InterviewStore(vault).summaries().size());
        }
    }

    private Process startHolder(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                VaultHolder.class.getName(), dir.toString(), Fixtures.PASSPHRASE))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("OPEN ")) {
                return process;
            }
        }
        throw new AssertionError("the holder process did not open the vault:\n" + seen);
    }
}
