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
import javafx.stage.Stage;

/**
 * The child JVM of {@code bench all} for the transcript editor: the real main window on a
 * throwaway vault (owner-only temp folder, deleted afterwards) with a 200 KB interview of 1,000
 * segments, timed by {@link TranscriptFluidity}. Needs a display (or Monocle); reports
 * {@code bench.KEY=VALUE} lines on stdout.
 */
public final class FluidityProbe {
    private static final int WARM_UP_KEYS = 50;
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
            CompletableFuture<long[][]> figures = new CompletableFuture<>();
            CaravanShell[] shell = new CaravanShell[1];
            Platform.runLater(() -> {
                try {
                    shell[0] = new CaravanShell(new ShellConfig(vaults, dir, Locale.ENGLISH));
                    Stage stage = new Stage();
                    shell[0].startUnlocked(stage, session);
                    EditorView editor = shell[0].mainWindow().map(MainWindow::library).orElseThrow().editor();
                    figures.complete(measure(editor, stored, stage));
                } catch (RuntimeException | LinkageError e) {
                    figures.completeExceptionally(e);
                }
            });
            long[][] result = figures.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            out.println("bench.openNanos=" + result[0][0]);
            out.println("bench.insertMeanNanos=" + (long) TranscriptFluidity.mean(result[1]));
            out.println("bench.insertP95Nanos=" + TranscriptFluidity.percentile(result[1], 95));
            out.println("bench.keyMeanNanos=" + (long) TranscriptFluidity.mean(result[2]));
            out.println("bench.keyP95Nanos=" + TranscriptFluidity.percentile(result[2], 95));
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

    private static long[][] measure(EditorView editor, Interview stored, Stage stage) {
        long open = TranscriptFluidity.open(editor, stored);
        editor.tabs.getSelectionModel().select(editor.transcriptTab);
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        int length = editor.transcript.area().area().getLength();
        long[] inserts = TranscriptFluidity.insertions(editor, length / 2, KEYS);
        editor.transcript.area().area().moveTo(length / 2);
        TranscriptFluidity.keystrokes(editor, stage.getScene().getRoot(), WARM_UP_KEYS);
        long[] keys = TranscriptFluidity.keystrokes(editor, stage.getScene().getRoot(), KEYS);
        int typed = editor.transcript.area().area().getLength() - length - KEYS;
        if (typed != WARM_UP_KEYS + KEYS) {
            throw new IllegalStateException("the key events reached the transcript " + typed + " times, not "
                    + (WARM_UP_KEYS + KEYS));
        }
        if (editor.vm.segments.size() != TranscriptFluidity.SEGMENTS) {
            throw new IllegalStateException("typing removed segments: " + editor.vm.segments.size() + " left of "
                    + TranscriptFluidity.SEGMENTS);
        }
        return new long[][] {{open}, inserts, keys};
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
