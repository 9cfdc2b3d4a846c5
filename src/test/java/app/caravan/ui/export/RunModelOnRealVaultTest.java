package app.caravan.ui.export;

import static app.caravan.ui.support.ShellFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.VaultSession;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.support.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel and a failed run of the wizard's last step, on a real vault: the background work is
 * held in a queue until the test lets it go, so Cancel is pressed before the export starts,
 * every time, without timing.
 */
class RunModelOnRealVaultTest {
    @TempDir
    Path temp;

    private final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final Executor held = queued::add;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cancelledBeforeItStartsLeavesNothingAndTheNextRunExports() throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            for (int i = 0; i < 3; i++) {
                Interview created = session.interviews().create("P" + i);
                session.interviews().save(created.toBuilder().consent(new Consent(true, false, true, false, true, false,
                        ConsentMethod.VERBAL, OffsetDateTime.now(), null)).transcript("Меня зовут Фарид.")
                        .currentCity("tashkent").build());
            }
            SessionContext context = new SessionContext(session, held, new RecordingDialogs(), new I18n(Locale.ENGLISH));
            ExportModel export = new ExportModel(context);
            Path parent = Files.createDirectories(temp.resolve("out"));
            export.parent.set(parent);
            export.name.set("dataset");
            export.k.set(3);
            RunModel run = new RunModel(context, export);

            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
                run.run();
                run.cancel();
            });
            drain();
            waitUntil(() -> !run.running.get());
            assertEquals("Cancelled; nothing was written.", run.status.get());
            assertNull(run.report.get());
            assertEquals("", run.error.get());
            assertFalse(Files.exists(parent.resolve("dataset")), "a cancelled export leaves nothing");

            WaitForAsyncUtils.waitForAsyncFx(5_000, run::run);
            drain();
            waitUntil(() -> !run.running.get());
            assertEquals("Done.", run.status.get());
            assertEquals(3, run.report.get().participants());
            assertTrue(Files.isRegularFile(parent.resolve("dataset").resolve("DATACARD.md")));

            // The folder now exists: the service's reason is shown, saying which folder.
            WaitForAsyncUtils.waitForAsyncFx(5_000, run::run);
            drain();
            waitUntil(() -> !run.running.get());
            assertTrue(run.error.get().startsWith("The export failed: "), run.error.get());
            assertTrue(run.error.get().contains(parent.resolve("dataset").toString()), run.error.get());
        }
    }

    private void drain() {
        for (Runnable work = queued.poll(); work != null; work = queued.poll()) {
            work.run();
        }
    }
}
