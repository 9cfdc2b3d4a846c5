package app.caravan.ui.export;

import app.caravan.app.AnonymizedExportService.Highlight;
import app.caravan.app.AnonymizedExportService.Preview;
import app.caravan.app.AnonymizedExportService.TextDecision;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import app.caravan.ui.common.WrappedScrollBars;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Step 3: each chosen interview, and for one of them the original transcript (every replacement
 * highlighted by category) beside the text as it will be exported. Read-only; the editor's
 * decisions go through {@link PreviewModel}.
 */
final class PreviewStep {
    private PreviewStep() {
    }

    static VBox create(ExportModel export, PreviewModel model, I18n i18n) {
        ListView<ExportModel.Row> list = new ListView<>(export.rows);
        list.setId("exportPreviewList");
        list.setPrefWidth(230);
        list.setMinWidth(180);
        list.setCellFactory(view -> new RowCell(export, i18n));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected.set(now));
        // Something to look at straight away: the first interview, once the chosen ones are known.
        export.rows.addListener((ListChangeListener<ExportModel.Row>) c -> {
            if (list.getSelectionModel().isEmpty() && !export.rows.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });

        StyleClassedTextArea original = area("exportOriginal");
        StyleClassedTextArea exported = area("exportExported");
        Label originalTitle = heading(i18n.get("export.preview.original"));
        Label exportedTitle = heading(i18n.get("export.preview.exported"));
        Label state = new Label();
        state.setId("exportPreviewState");
        state.setWrapText(true);
        state.getStyleClass().add(UiStyles.CALLOUT);
        state.visibleProperty().bind(Bindings.isNotEmpty(state.textProperty()));
        state.managedProperty().bind(state.visibleProperty());

        Button keep = new Button(i18n.get("export.preview.keep"), Icons.of(MaterialDesignU.UNDO_VARIANT));
        keep.setId("exportKeep");
        MenuButton mark = new MenuButton(i18n.get("export.preview.mark"), Icons.of(MaterialDesignM.MARKER));
        mark.setId("exportMark");
        for (String category : PreviewModel.CATEGORIES) {
            MenuItem item = new MenuItem(i18n.get("export.category." + category));
            item.setId("exportMark-" + category);
            item.setOnAction(e -> {
                var range = original.getSelection();
                model.mark(range.getStart(), range.getEnd(), category);
            });
            mark.getItems().add(item);
        }
        keep.setOnAction(e -> {
            var range = original.getSelection();
            model.highlightAt(range.getStart(), range.getEnd()).ifPresent(model::keep);
        });
        Runnable actions = () -> {
            var range = original.getSelection();
            boolean text = model.preview.get() != null && !model.busy.get();
            boolean inHighlight = text && model.highlightAt(range.getStart(), range.getEnd()).isPresent();
            keep.setDisable(!inHighlight);
            mark.setDisable(!text || range.getLength() == 0 || inHighlight);
        };
        original.selectionProperty().addListener((obs, old, now) -> actions.run());
        model.busy.addListener((obs, old, now) -> actions.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busy);
        HBox tools = new HBox(10, keep, mark, busy);
        tools.setAlignment(Pos.CENTER_LEFT);

        model.preview.addListener((obs, old, now) -> {
            show(now, original, exported, state, export, i18n);
            actions.run();
        });
        actions.run();

        VBox decisions = new VBox(6);
        decisions.setId("exportDecisions");
        Runnable fillDecisions = () -> fill(decisions, model, i18n);
        model.decisions.addListener((ListChangeListener<TextDecision>) c -> fillDecisions.run());
        fillDecisions.run();

        VBox left = new VBox(6, originalTitle, scroll(original));
        VBox right = new VBox(6, exportedTitle, scroll(exported));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(10);
        right.setPrefWidth(10);
        HBox texts = new HBox(12, left, right);
        texts.setPrefHeight(320);
        texts.setMinHeight(220);
        Label error = new Label();
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.visibleProperty().bind(Bindings.isNotEmpty(model.error));
        error.managedProperty().bind(error.visibleProperty());
        VBox detail = new VBox(10, state, tools, texts, heading(i18n.get("export.preview.decisions")), decisions, error);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox body = new HBox(16, list, detail);
        list.setPrefHeight(440);
        VBox box = Sections.titled(i18n.get("export.step.preview"), MaterialDesignE.EYE_OUTLINE,
                Sections.hint(i18n.get("export.preview.hint")), body);
        box.setId("exportStepPreview");
        return box;
    }

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().addAll(UiStyles.TRANSCRIPT_AREA, "deid-area");
        return area;
    }

    private static Region scroll(StyleClassedTextArea area) {
        VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
        pane.getStyleClass().add("deid-pane");
        // Wrapped text as in the editor: no sideways bar, and no layout re-requested per height estimate.
        WrappedScrollBars.install(pane);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(UiStyles.FIELD_LABEL, Styles.TEXT_BOLD);
        return label;
    }

    private static void show(Preview preview, StyleClassedTextArea original, StyleClassedTextArea exported, Label state,
            ExportModel export, I18n i18n) {
        if (preview == null) {
            original.clear();
            exported.clear();
            state.setText("");
            return;
        }
        original.replaceText(preview.original());
        if (!preview.original().isEmpty()) {
            original.setStyleSpans(0, spans(preview.original().length(), preview.highlights()));
        }
        original.moveTo(0);
        exported.replaceText(preview.exported() == null ? "" : preview.exported());
        exported.moveTo(0);
        if (preview.exclusion() != null) {
            state.setText(i18n.format("export.preview.excluded", export.reason(preview.exclusion())));
        } else if (preview.exported() == null) {
            state.setText(i18n.get("export.preview.textless"));
        } else {
            state.setText(i18n.format("export.preview.replacements", preview.highlights().size()));
        }
    }

    /** One style class per replacement category over its span; overlapping spans keep the first. */
    static StyleSpans<Collection<String>> spans(int length, List<Highlight> highlights) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<Highlight> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(Highlight::start));
        int at = 0;
        for (Highlight h : sorted) {
            if (h.start() < at || h.end() > length || h.end() <= h.start()) {
                continue;
            }
            builder.add(List.of(), h.start() - at);
            builder.add(List.of("deid", "deid-" + h.category().toLowerCase(Locale.ROOT)), h.end() - h.start());
            at = h.end();
        }
        builder.add(List.of(), length - at);
        return builder.create();
    }

    private static void fill(VBox box, PreviewModel model, I18n i18n) {
        box.getChildren().clear();
        if (model.decisions.isEmpty()) {
            box.getChildren().add(Sections.hint(i18n.get("export.preview.decisions.none")));
            return;
        }
        for (int i = 0; i < model.decisions.size(); i++) {
            TextDecision d = model.decisions.get(i);
            String what = d.kind().equals("undo") ? i18n.format("export.preview.decision.kept", d.quote())
                    : i18n.format("export.preview.decision.marked", d.quote(), i18n.get("export.category." + d.category()));
            Label label = new Label(what);
            label.setWrapText(true);
            label.setMinWidth(0);
            Button forget = new Button(i18n.get("export.preview.forget"));
            forget.setId("exportForget-" + i);
            forget.getStyleClass().addAll("forget-decision", Styles.SMALL);
            forget.setOnAction(e -> model.forget(d));
            HBox.setHgrow(label, Priority.ALWAYS);
            HBox row = new HBox(10, label, forget);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("export-decision");
            box.getChildren().add(row);
        }
    }

    private static final class RowCell extends ListCell<ExportModel.Row> {
        private final ExportModel export;
        private final I18n i18n;

        RowCell(ExportModel export, I18n i18n) {
            this.export = export;
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(ExportModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(row.pseudonym());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String status = row.exclusion() != null ? i18n.format("export.row.excluded", export.reason(row.exclusion()))
                    : row.withText() ? i18n.get("export.row.text") : i18n.get("export.row.textless");
            Label detail = new Label(status);
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, row.exclusion() != null ? UiStyles.WARNING_TEXT : Styles.TEXT_MUTED);
            setText(null);
            setGraphic(new VBox(2, name, detail));
        }
    }
}
