package app.caravan.ui.editor;

import app.caravan.app.InvalidInputException;
import app.caravan.app.VaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.app.bench.AllBench;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.ui.main.MainWindow;
import app.caravan.ui.shell.CaravanShell;
import app.caravan.ui.shell.ShellConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * The child JVM of {@code bench all} for the transcript editor: the real main window on a
 * throwaway vault (owner-only temp folder, deleted afterwards) with a 200 KB interview of 1,000
 * segments, timed by {@link TranscriptFluidity} and {@link KeystrokeTiming}. Needs a display (or
 * Monocle); reports {@code bench.KEY=VALUE} lines on stdout.
 */
public final class FluidityProbe {
    private static final int WARM_UP_KEYS = 300;
    private static final int KEYS = 300;
    private static final long TIMEOUT_SECONDS = 300;

    private FluidityProbe() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(System.out);
        } catch (Exception | LinkageError e) {
            System.err.println("FluidityProbe: the transcript editor could not be measured: " + e);
            exit = 1;
        }
        System.exit(exit);
    }

    static int run(PrintStream out) throws Exception {
        Path temp = Files.createTempDirectory("caravan-bench-", ownerOnly());
        try {
            Path dir = temp.resolve("vault");
            // Cheap key derivation: this vault holds only the synthetic transcript and is deleted.
            VaultService vaults = AllBench.throwawayVaultService();
            VaultSession session = vaults.create(dir, "synthetic fluidity vault".toCharArray());
            Interview stored = longInterview(session);
            Platform.setImplicitExit(false);
            Platform.startup(() -> { });
            CompletableFuture<Figures> figures = new CompletableFuture<>();
            CaravanShell[] shell = new CaravanShell[1];
            Platform.runLater(() -> {
                try {
                    shell[0] = new CaravanShell(new ShellConfig(vaults, dir, Locale.ENGLISH));
                    Stage stage = new Stage();
                    shell[0].startUnlocked(stage, session);
                    EditorView editor = shell[0].mainWindow().map(MainWindow::library).orElseThrow().editor();
                    measure(editor, stored, stage.getScene()).whenComplete((done, error) -> {
                        if (error != null) {
                            figures.completeExceptionally(error);
                        } else {
                            figures.complete(done);
                        }
                    });
                } catch (RuntimeException | LinkageError e) {
                    figures.completeExceptionally(e);
                }
            });
            Figures result = figures.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            out.println("bench.openNanos=" + result.open());
            out.println("bench.insertP50Nanos=" + TranscriptFluidity.percentile(result.inserts(), 50));
            out.println("bench.insertP95Nanos=" + TranscriptFluidity.percentile(result.inserts(), 95));
            report(out, "middle", result.middle());
            report(out, "start", result.start());
            out.println("bench.keys=" + KEYS);
            out.flush();
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> shell[0].shutdown().whenComplete((done, error) -> closed.complete(null)));
            closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Platform.exit();
            return 0;
        } finally {
            deleteTree(temp);
        }
    }

    /** The figures of one run: nanoseconds to open, per insertion (handler only), per typed key. */
    record Figures(long open, long[] inserts, KeystrokeTiming.Keys middle, KeystrokeTiming.Keys start) {
    }

    /**
     * Opens the transcript, then types: an unreported warm-up (the JIT compiles the typing path),
     * insertions through the area's API timed on the FX thread alone, and keys typed in the middle
     * and at the very start (every segment moves), each timed to its painted frame.
     */
    private static CompletableFuture<Figures> measure(EditorView editor, Interview stored, Scene scene) {
        long open = TranscriptFluidity.open(editor, stored);
        editor.tabs.getSelectionModel().select(editor.transcriptTab);
        InlineCssTextArea area = editor.transcript.area().area();
        int length = area.getLength();
        long[][] inserts = new long[1][];
        KeystrokeTiming.Keys[] middle = new KeystrokeTiming.Keys[1];
        return KeystrokeTiming.type(area, scene, length * 3 / 4, WARM_UP_KEYS)
                .thenCompose(warm -> {
                    inserts[0] = TranscriptFluidity.insertions(editor, length / 2, KEYS);
                    return KeystrokeTiming.type(area, scene, length / 2, KEYS);
                })
                .thenCompose(keys -> {
                    middle[0] = keys;
                    return KeystrokeTiming.type(area, scene, 0, KEYS);
                })
                .thenApply(start -> {
                    int typed = area.getLength() - length;
                    if (typed != WARM_UP_KEYS + 3 * KEYS) {
                        throw new IllegalStateException("the transcript grew by " + typed + " characters, not "
                                + (WARM_UP_KEYS + 3 * KEYS) + ": key events were lost");
                    }
                    if (editor.vm.segments.size() != TranscriptFluidity.SEGMENTS) {
                        throw new IllegalStateException("typing removed segments: " + editor.vm.segments.size()
                                + " left of " + TranscriptFluidity.SEGMENTS);
                    }
                    return new Figures(open, inserts[0], middle[0], start);
                });
    }

    private static void report(PrintStream out, String where, KeystrokeTiming.Keys keys) {
        long[] work = keys.work();
        long[] layout = new long[keys.count()];
        for (int k = 0; k < layout.length; k++) {
            layout[k] = keys.laidOut()[k] - keys.pulse()[k];
        }
        String prefix = "bench." + where;
        out.println(prefix + "P50Nanos=" + TranscriptFluidity.percentile(keys.painted(), 50));
        out.println(prefix + "P95Nanos=" + TranscriptFluidity.percentile(keys.painted(), 95));
        out.println(prefix + "MaxNanos=" + TranscriptFluidity.percentile(keys.painted(), 100));
        out.println(prefix + "WorkP50Nanos=" + TranscriptFluidity.percentile(work, 50));
        out.println(prefix + "WorkP95Nanos=" + TranscriptFluidity.percentile(work, 95));
        out.println(prefix + "WorkMaxNanos=" + TranscriptFluidity.percentile(work, 100));
        out.println(prefix + "WaitP50Nanos=" + TranscriptFluidity.percentile(keys.waited(), 50));
        out.println(prefix + "HandledP95Nanos=" + TranscriptFluidity.percentile(keys.handled(), 95));
        out.println(prefix + "LayoutP95Nanos=" + TranscriptFluidity.percentile(layout, 95));
        out.println(prefix + "CpuP50Nanos=" + TranscriptFluidity.percentile(keys.cpu(), 50));
        out.println(prefix + "CpuP95Nanos=" + TranscriptFluidity.percentile(keys.cpu(), 95));
        out.println(prefix + "CpuMaxNanos=" + TranscriptFluidity.percentile(keys.cpu(), 100));
        out.println(prefix + "FxCpuP95Nanos=" + TranscriptFluidity.percentile(keys.fxCpu(), 95));
        out.println(prefix + "RenderCpuP95Nanos=" + TranscriptFluidity.percentile(keys.renderCpu(), 95));
    }

    private static Interview longInterview(VaultSession session) throws InvalidInputException, VaultAccessException {
        String text = TranscriptFluidity.transcript();
        Interview created = session.interviews().create("Long");
        session.interviews().save(created.toBuilder().transcript(text)
                .segments(TranscriptFluidity.segments(text.length()))
                .consent(new Consent(true, false, false, false, false, false, ConsentMethod.VERBAL,
                        OffsetDateTime.now(), null)).build());
        return session.interviews().get(created.id());
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
        }
        return new java.nio.file.attribute.FileAttribute<?>[0];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
