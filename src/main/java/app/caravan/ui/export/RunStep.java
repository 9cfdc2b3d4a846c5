package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService.Report;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Step 4: the export running, with a progress bar and Cancel, then its report and where the
 * dataset is. The app has no way to open a folder in the system's file manager, so the path is
 * shown with a button that copies it.
 */
final class RunStep {
    private RunStep() {
    }

    static VBox create(RunModel model, I18n i18n, app.caravan.ui.common.DialogService dialogs) {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(i18n.get("export.run.cancel"), Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> model.cancel());
        HBox progressRow = new HBox(10, bar, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(model.status);
        Label error = new Label();
        error.setId("exportRunError");
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.visibleProperty().bind(Bindings.isNotEmpty(model.error));
        error.managedProperty().bind(error.visibleProperty());

        VBox report = new VBox(10);
        report.setId("exportReport");
        model.report.addListener((obs, old, now) -> {
            report.getChildren().clear();
            if (now != null) {
                report.getChildren().addAll(summary(now, i18n), where(now, i18n, dialogs));
            }
        });
        VBox box = Sections.titled(i18n.get("export.step.run"), MaterialDesignP.PLAY_CIRCLE_OUTLINE,
                progressRow, status, error, report);
        box.setId("exportStepRun");
        return box;
    }

    private static FormGrid summary(Report r, I18n i18n) {
        FormGrid grid = new FormGrid();
        grid.add(i18n.get("export.report.participants"), value("exportReportParticipants", String.valueOf(r.participants())));
        grid.add(i18n.get("export.report.textless"), value("exportReportTextless", String.valueOf(r.textless())));
        grid.add(i18n.get("export.report.excluded"), value("exportReportExcluded", join(r.excluded(), i18n, "export.reason.", null)));
        grid.add(i18n.get("export.report.suppressed"), value("exportReportSuppressed", String.valueOf(r.suppressed())));
        grid.addWide(i18n.get("export.report.generalization"), value("exportReportGeneralization",
                join(r.generalization(), i18n, "export.qi.", "export.level.")));
        grid.addWide(i18n.get("export.report.replacements"), value("exportReportReplacements",
                join(r.replacements(), i18n, "export.category.", null)));
        grid.addWide(i18n.get("export.report.risk"), value("exportReportRisk", i18n.format("export.report.risk.value",
                r.highestRisk() * 100, r.averageRisk() * 100)));
        return grid;
    }

    /** {@code key: value; …}, each key (and value, for levels) in the UI's language where it is a known one. */
    private static String join(Map<String, ?> values, I18n i18n, String keys, String levels) {
        if (values.isEmpty()) {
            return i18n.get("export.report.none");
        }
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> parts.add(label(i18n, keys, key) + ": "
                + (levels == null ? value : label(i18n, levels, String.valueOf(value)))));
        return String.join("; ", parts);
    }

    /** {@code prefix + key} (spaces as dashes, "*" as "all") when the bundle has it; the key as it is otherwise. */
    private static String label(I18n i18n, String prefix, String key) {
        String candidate = prefix + (key.equals("*") ? "all" : key.replace(' ', '-'));
        return i18n.bundle().containsKey(candidate) ? i18n.get(candidate) : key;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private static VBox where(Report r, I18n i18n, app.caravan.ui.common.DialogService dialogs) {
        Path path = r.folder() != null ? r.folder() : r.sealed();
        Label intro = new Label(i18n.get(r.folder() != null ? "export.report.folder" : "export.report.sealed"));
        Label shown = new Label(path.toAbsolutePath().toString());
        shown.setId("exportReportPath");
        shown.getStyleClass().add(UiStyles.PATH);
        shown.setWrapText(true);
        shown.setMinWidth(0);
        Button copy = new Button(i18n.get("export.report.copy"), Icons.of(MaterialDesignC.CONTENT_COPY));
        copy.setId("exportCopyPath");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(path.toAbsolutePath().toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button open = new Button(i18n.get("export.report.open"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("exportOpenFolder");
        // A sealed export is one file: its folder is shown, with the file in it.
        Path folder = r.folder() != null ? path : path.toAbsolutePath().getParent();
        open.setOnAction(e -> open.setDisable(!dialogs.openFolder(folder)));
        HBox row = new HBox(10, shown, open, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(shown, Priority.ALWAYS);
        return new VBox(6, intro, row);
    }
}
