package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService.Progress;
import app.caravan.app.AnonymizedExportService.Report;
import app.caravan.app.AnonymizedExportService.Request;
import app.caravan.app.InvalidInputException;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One export run: progress, cancelling, and then its report or why it did not happen. */
final class RunModel {
    private final SessionContext context;
    private final ExportModel export;
    private final I18n i18n;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    final BooleanProperty running = new SimpleBooleanProperty();
    /** -1 while the total is not known yet (indeterminate). */
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final ObjectProperty<Report> report = new SimpleObjectProperty<>();

    RunModel(SessionContext context, ExportModel export) {
        this.context = context;
        this.export = export;
        this.i18n = context.i18n();
    }

    void run() {
        if (running.get()) {
            return;
        }
        Request request = export.request();
        cancelled.set(false);
        report.set(null);
        error.set("");
        progress.set(-1);
        status.set(i18n.get("export.run.starting"));
        running.set(true);
        Tasks.create(() -> export.service().export(request, p -> Platform.runLater(() -> show(p)), cancelled::get))
                .onSuccess(done -> {
                    report.set(done);
                    progress.set(1);
                    status.set(i18n.get("export.run.done"));
                })
                .onError(CancellationException.class, e -> {
                    progress.set(0);
                    status.set(i18n.get("export.run.cancelled"));
                })
                .onError(InvalidInputException.class, e -> failed(i18n.problem(e)))
                .onError(IOException.class, e -> failed(i18n.problem(e)))
                .onError(e -> failed(e.getClass().getSimpleName() + ": " + i18n.problem(e)))
                .andFinally(() -> running.set(false))
                .runOnce(context.executor());
    }

    private void failed(String message) {
        progress.set(0);
        status.set("");
        error.set(i18n.format("export.run.error", message));
    }

    /** Asks the export to stop: it stops at the next interview or file and leaves nothing behind. */
    void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set(i18n.get("export.run.cancelling"));
        }
    }

    private void show(Progress p) {
        if (!running.get() || cancelled.get()) {
            return;
        }
        progress.set(p.total() <= 0 ? -1 : (double) p.done() / p.total());
        String step = i18n.bundle().containsKey("export.run.step." + p.step()) ? i18n.get("export.run.step." + p.step())
                : p.step();
        status.set(i18n.format("export.run.progress", step, p.done(), p.total()));
    }
}
