package app.caravan.ui.smoke;

import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.ui.library.LibraryView;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.shell.ShellConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * {@code caravan --smoke-test OUT.png}: proves that a build (the jar, an installed package)
 * really starts. Opens the main window on a throwaway vault, waits until the first page has
 * been drawn, writes what the window shows to OUT.png, locks and deletes the vault. Exit 0 on
 * success; otherwise one line on stderr saying what failed while doing what, and at the latest
 * after {@link #TIMEOUT}, so a stuck window never hangs CI.
 */
public final class SmokeTest {
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The watchdog's extra time: the orderly timeouts below get to report first. */
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** Frames to let pass once the list has loaded, so the window has really been painted. */
    private static final int SETTLE_PULSES = 3;
    private static final String PREFIX = "caravan --smoke-test: ";

    private final VaultService vaults;
    private final Path out;
    private final PrintStream log;
    private final PrintStream err;
    private final SmokeDialogs dialogs = new SmokeDialogs();
    private final AtomicReference<Throwable> fxError = new AtomicReference<>();
    private final long deadline = System.nanoTime() + TIMEOUT.toNanos();
    private volatile String step = "starting";
    /** Platform.exit() waits for a toolkit that never started, so it is only called after a start. */
    private boolean fxStarted;
    private CaravanShell shell;
    private Stage stage;

    private SmokeTest(VaultService vaults, Path out, PrintStream log, PrintStream err) {
        this.vaults = vaults;
        this.out = out;
        this.log = log;
        this.err = err;
    }

    /** Runs the whole smoke test in this JVM (which must not have started JavaFX yet); returns the exit code. */
    public static int run(VaultService vaults, Path out, PrintStream log, PrintStream err) {
        return new SmokeTest(vaults, out, log, err).run();
    }

    /**
     * The vault the smoke test shows: a throwaway copy of the demo vault, built and unlocked
     * through the real vault service, so the shipped runtime's KDF, ciphers, import, review and
     * bundle sealing are exercised and the first page has interviews to draw.
     */
    static VaultSession openVault(VaultService vaults, Path directory) throws VaultAccessException {
        return vaults.openDemo(directory, fraction -> { });
    }

    private int run() {
        long started = System.nanoTime();
        Path temp;
        try {
            temp = Files.createTempDirectory("caravan-smoke-");
        } catch (IOException | RuntimeException e) {
            return fail("creating a temporary folder in " + System.getProperty("java.io.tmpdir"), e);
        }
        Thread watchdog = watchdog(temp);
        int exit;
        try {
            BufferedImage shown = showAndSnapshot(temp.resolve("vault"));
            step = "checking the snapshot";
            if (ScenePng.isUniform(shown)) {
                throw new IllegalStateException("the window snapshot is a single color: nothing was drawn");
            }
            step = "writing " + out.toAbsolutePath();
            ScenePng.write(shown, out);
            log.printf("caravan --smoke-test: %dx%d snapshot written to %s in %d ms%n", shown.getWidth(),
                    shown.getHeight(), out.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - started).toMillis());
            exit = 0;
        } catch (Exception | LinkageError e) {
            exit = fail(step, e);
        } finally {
            if (fxStarted) {
                Platform.exit();
            }
        }
        try {
            deleteTree(temp);
        } catch (IOException | UncheckedIOException e) {
            exit = fail("deleting the temporary vault " + temp, e);
        }
        watchdog.interrupt();
        return exit;
    }

    private BufferedImage showAndSnapshot(Path directory) throws Exception {
        // JavaFX first: without a display this fails at once, before any vault is made.
        step = "starting JavaFX";
        Platform.setImplicitExit(false);
        Platform.startup(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, error) ->
                fxError.compareAndSet(null, error)));
        fxStarted = true;
        step = "creating and unlocking a vault in " + directory;
        VaultSession session = openVault(vaults, directory);
        boolean shellOwnsSession = false;
        try {
            step = "opening the main window";
            CompletableFuture<Image> snapshot = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    shell = new CaravanShell(new ShellConfig(vaults, directory, Locale.getDefault()), dialogs);
                    stage = new Stage();
                    shell.startUnlocked(stage, session);
                    step = "waiting for the first page";
                    whenFirstPageDrawn(() -> snapshot.complete(stage.getScene().snapshot(null)));
                } catch (RuntimeException | LinkageError e) {
                    snapshot.completeExceptionally(e);
                }
            });
            Image image = await(snapshot);
            shellOwnsSession = true;
            checkQuiet();
            BufferedImage pixels = ScenePng.toBufferedImage(image);
            step = "locking the vault";
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> shell.shutdown().whenComplete((done, error) -> {
                stage.hide();
                closed.complete(null);
            }));
            await(closed);
            checkQuiet();
            return pixels;
        } finally {
            if (!shellOwnsSession) {
                session.close();
            }
        }
    }

    /** Runs {@code then} on the FX thread once the interview list has loaded and a few frames were drawn. */
    private void whenFirstPageDrawn(Runnable then) {
        LibraryView library = shell.mainWindow().orElseThrow(() ->
                new IllegalStateException("the main window did not open")).library();
        Runnable settle = () -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= SETTLE_PULSES) {
                    stop();
                    then.run();
                }
            }
        }.start();
        if (!library.loadingProperty().get()) {
            settle.run();
            return;
        }
        library.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                settle.run();
            }
        });
    }

    private <T> T await(CompletableFuture<T> future) throws Exception {
        long left = deadline - System.nanoTime();
        try {
            return future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            checkQuiet();
            throw new TimeoutException("nothing happened within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** An error thrown on the FX thread or any dialog means the app did not start cleanly. */
    private void checkQuiet() {
        Throwable error = fxError.get();
        if (error != null) {
            throw new IllegalStateException("the JavaFX thread threw " + oneLine(error), error);
        }
        dialogs.firstDialog().ifPresent(dialog -> {
            throw new IllegalStateException(dialog);
        });
    }

    /** The hard limit: if the orderly path is stuck (a hung toolkit, a blocked close), end the JVM. */
    private Thread watchdog(Path temp) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT.plus(GRACE).toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println(PREFIX + "gave up after " + TIMEOUT.plus(GRACE).toSeconds() + " s while " + step);
            try {
                deleteTree(temp);
            } catch (IOException | UncheckedIOException e) {
                err.println(PREFIX + "the temporary vault " + temp + " could not be deleted: " + e.getMessage());
            }
            Runtime.getRuntime().halt(2);
        }, "caravan-smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private int fail(String what, Throwable error) {
        err.println(PREFIX + "failed while " + what + ": " + oneLine(error));
        return 1;
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
