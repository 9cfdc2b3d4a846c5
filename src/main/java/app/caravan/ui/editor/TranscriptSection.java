package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The transcript, and coding: selecting text and tagging it with themes as a segment. */
final class TranscriptSection {
    private static final int EXCERPT_LENGTH = 60;

    final TextArea transcript = new TextArea();
    final TableView<Segment> segments = new TableView<>();
    private final ObservableList<String> codingThemes = FXCollections.observableArrayList();
    private final VBox box;

    TranscriptSection(EditorViewModel vm, ObservableValue<Vocabulary> vocabulary, I18n i18n) {
        transcript.setId("transcript");
        transcript.setWrapText(true);
        transcript.setPrefRowCount(14);
        transcript.setPromptText(i18n.get("editor.transcript.prompt"));
        transcript.textProperty().bindBidirectional(vm.transcript);

        ThemePicker picker = new ThemePicker(codingThemes, vocabulary, i18n.get("editor.coding.chooseThemes"));
        picker.combo().setId("codingThemes");
        picker.combo().setPrefWidth(230);
        picker.combo().setMinWidth(160);
        TextField memo = new TextField();
        memo.setId("codingMemo");
        memo.setPromptText(i18n.get("editor.coding.memo"));
        HBox.setHgrow(memo, Priority.ALWAYS);
        Button code = new Button(i18n.get("editor.coding.code"), Icons.of(MaterialDesignT.TAG_PLUS_OUTLINE));
        code.setId("codeSelection");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label message = Sections.hint("");
        message.getStyleClass().add(UiStyles.ERROR_TEXT);
        message.setId("codingMessage");
        code.setOnAction(e -> {
            var range = transcript.getSelection();
            var error = vm.codeSelection(range.getStart(), range.getEnd(), List.copyOf(codingThemes), memo.getText());
            message.setText(error.orElse(""));
            if (error.isEmpty()) {
                memo.clear();
            }
        });
        vm.codingMessageProperty().addListener((obs, old, now) -> message.setText(now));
        HBox bar = new HBox(8, picker.combo(), memo, code);
        bar.setAlignment(Pos.CENTER_LEFT);

        buildTable(vm, vocabulary, i18n);
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("editor.coding.remove"));
        remove.setId("removeSegment");
        remove.disableProperty().bind(segments.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeSegment(segments.getSelectionModel().getSelectedItem()));
        Label segmentsTitle = new Label(i18n.get("editor.coding.segments"));
        segmentsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HBox segmentsHeader = new HBox(8, segmentsTitle, new Region(), remove);
        HBox.setHgrow(segmentsHeader.getChildren().get(1), Priority.ALWAYS);
        segmentsHeader.setAlignment(Pos.CENTER_LEFT);

        box = Sections.titled(i18n.get("editor.section.transcript"), MaterialDesignT.TEXT_BOX_OUTLINE,
                transcript, Sections.hint(i18n.get("editor.coding.hint")), bar, message, segmentsHeader, segments);
    }

    VBox box() {
        return box;
    }

    private void buildTable(EditorViewModel vm, ObservableValue<Vocabulary> vocabulary, I18n i18n) {
        segments.setId("segments");
        segments.setItems(vm.segments);
        segments.setEditable(true);
        segments.setPrefHeight(150);
        segments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        segments.setPlaceholder(new Label(i18n.get("editor.coding.empty")));
        segments.getStyleClass().add(Styles.DENSE);

        TableColumn<Segment, Integer> start = new TableColumn<>(i18n.get("editor.coding.start"));
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        start.setPrefWidth(76);
        TableColumn<Segment, Integer> end = new TableColumn<>(i18n.get("editor.coding.end"));
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().end()));
        end.setPrefWidth(76);
        TableColumn<Segment, String> excerpt = new TableColumn<>(i18n.get("editor.coding.excerpt"));
        excerpt.setCellValueFactory(c -> Bindings.createStringBinding(() -> excerpt(vm.transcript.get(), c.getValue()),
                vm.transcript));
        excerpt.setPrefWidth(220);
        TableColumn<Segment, String> themes = new TableColumn<>(i18n.get("editor.coding.themes"));
        themes.setCellValueFactory(c -> Bindings.createStringBinding(() -> themeNames(vocabulary.getValue(),
                c.getValue().themes()), vocabulary));
        themes.setPrefWidth(160);
        TableColumn<Segment, String> memo = new TableColumn<>(i18n.get("editor.coding.memoColumn"));
        memo.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().memo()));
        memo.setCellFactory(TextFieldTableCell.forTableColumn());
        memo.setOnEditCommit(e -> vm.updateSegmentMemo(e.getRowValue(), e.getNewValue()));
        memo.setPrefWidth(140);
        segments.getColumns().setAll(List.of(start, end, excerpt, themes, memo));

        // Double-clicking a segment shows its text selected in the transcript.
        segments.setRowFactory(table -> {
            TableRow<Segment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    Segment s = row.getItem();
                    transcript.requestFocus();
                    transcript.selectRange(s.start(), s.end());
                }
            });
            return row;
        });
    }

    static String excerpt(String text, Segment segment) {
        if (segment.end() > text.length()) {
            return "";
        }
        String span = text.substring(segment.start(), segment.end()).replaceAll("\\s+", " ").strip();
        return span.length() <= EXCERPT_LENGTH ? span : span.substring(0, EXCERPT_LENGTH - 1) + "…";
    }

    static String themeNames(Vocabulary vocabulary, List<String> keys) {
        return keys.stream().map(k -> vocabulary.theme(k).map(Theme::name).orElse(k))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
