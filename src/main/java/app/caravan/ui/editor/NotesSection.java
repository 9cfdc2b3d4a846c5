package app.caravan.ui.editor;

import app.caravan.domain.Note;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Field notes pinned to a moment of the recording (hh:mm:ss). */
final class NotesSection {
    private final VBox box;

    NotesSection(EditorViewModel vm, I18n i18n) {
        TableView<Note> table = new TableView<>(vm.notes);
        table.setId("notes");
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("editor.notes.none")));
        table.getStyleClass().add(Styles.DENSE);
        TableColumn<Note, String> offset = new TableColumn<>(i18n.get("editor.notes.offset"));
        offset.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().offsetText()));
        offset.setPrefWidth(90);
        offset.setMaxWidth(120);
        TableColumn<Note, String> text = new TableColumn<>(i18n.get("editor.notes.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        table.getColumns().setAll(List.of(offset, text));

        TextField offsetField = new TextField();
        offsetField.setId("noteOffset");
        offsetField.setPromptText("00:12:30");
        offsetField.setPrefColumnCount(6);
        TextField textField = new TextField();
        textField.setId("noteText");
        textField.setPromptText(i18n.get("editor.notes.prompt"));
        HBox.setHgrow(textField, Priority.ALWAYS);
        Button add = new Button(i18n.get("editor.notes.add"), Icons.of(MaterialDesignP.PLUS));
        add.setId("addNote");
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("editor.notes.remove"));
        remove.setId("removeNote");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeNote(table.getSelectionModel().getSelectedItem()));
        Label error = Sections.hint("");
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        Runnable addNote = () -> {
            var problem = vm.addNote(offsetField.getText(), textField.getText());
            error.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                offsetField.clear();
                textField.clear();
                offsetField.requestFocus();
            }
        };
        add.setOnAction(e -> addNote.run());
        textField.setOnAction(e -> addNote.run());
        HBox bar = new HBox(8, offsetField, textField, add, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        box = Sections.titled(i18n.get("editor.section.notes"), MaterialDesignC.CLOCK_OUTLINE, table, bar, error);
    }

    VBox box() {
        return box;
    }
}
