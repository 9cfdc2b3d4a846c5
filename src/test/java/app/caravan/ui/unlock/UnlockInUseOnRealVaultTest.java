package app.caravan.ui.unlock;

import static app.caravan.ui.support.ShellFixture.text;
import static app.caravan.ui.support.ShellFixture.waitUntil;

import app.caravan.Fixtures;
import app.caravan.storage.VaultHolder;
import app.caravan.ui.support.ShellFixture;
import app.caravan.ui.support.UiRobot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one vault, seen on the unlock screen: another real process holds the real
 * vault open, so unlocking here shows the translated "open in another window or process" message
 * (not a generic error); once that process is gone the same passphrase unlocks.
 */
class UnlockInUseOnRealVaultTest extends UiRobot {
    @TempDir
    Path temp;
    private ShellFixture app;
    private Process holder;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.dispose();
        }
        if (holder != null) {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theUnlockScreenSaysTheVaultIsOpenElsewhere() throws Exception {
        Path dir = temp.resolve("vault");
        Fixtures.fastVaults().create(dir, Fixtures.passphrase()).close();
        holder = startHolder(dir);
        app = ShellFixture.start(Fixtures.fastVaults(), dir, Locale.ENGLISH);
        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> "This vault is open in another Caravan window or process. Close it there first."
                .equals(text(this, "#unlockError")));

        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        click("#passphrase");
        write(Fixtures.PASSPHRASE).type(KeyCode.ENTER);
        ShellFixture.await(this, "#mainWindow");
    }

    private static Process startHolder(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                VaultHolder.class.getName(), dir.toString(), Fixtures.PASSPHRASE)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("OPEN ")) {
                return process;
            }
        }
        throw new AssertionError("the holder process did not open the vault:\n" + seen);
    }
}
