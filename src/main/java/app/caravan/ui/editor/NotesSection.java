package app.caravan.ui.editor;

import app.caravan.domain.Note;
import app.caravan.domain.Timecode;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Field notes pinned to a moment of the recording (hh:mm:ss), beside the transcript. A new
 * note takes the interview timer's time unless another one is typed.
 */
final class NotesSection {
    private final TextField offsetField = new TextField();
    private final TextField textField = new TextField();
    private final Supplier<Duration> timer;
    private final VBox box;

    NotesSection(EditorViewModel vm, I18n i18n, Supplier<Duration> timer) {
        this.timer = timer;
        TableView<Note> table = new TableView<>(vm.notes);
        table.setId("notes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("editor.notes.none")));
        table.getStyleClass().add(Styles.DENSE);
        TableColumn<Note, String> offset = new TableColumn<>(i18n.get("editor.notes.offset"));
        offset.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().offsetText()));
        offset.setPrefWidth(80);
        offset.setMaxWidth(100);
        TableColumn<Note, String> text = new TableColumn<>(i18n.get("editor.notes.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        table.getColumns().setAll(List.of(offset, text));

        offsetField.setId("noteOffset");
        offsetField.setPromptText("00:12:30");
        offsetField.setPrefColumnCount(5);
        offsetField.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        textField.setId("noteText");
        textField.setPromptText(i18n.get("editor.notes.prompt"));
        HBox.setHgrow(textField, Priority.ALWAYS);
        Button now = Icons.iconButton(MaterialDesignT.TIMER_OUTLINE, i18n.get("editor.notes.now"));
        now.setId("noteNow");
        now.setOnAction(e -> offsetField.setText(Timecode.format(timer.get())));
        Button add = Icons.iconButton(MaterialDesignP.PLUS, i18n.get("editor.notes.add")
                + " (" + Shortcut.ADD_NOTE.display() + ")");
        add.setId("addNote");
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("editor.notes.remove"));
        remove.setId("removeNote");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.contentAllowed.not()));
        remove.setOnAction(e -> vm.removeNote(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (Shortcut.REMOVE_NOTE.matches(e) && !remove.isDisabled()) {
                remove.fire();
                e.consume();
            }
        });
        Label error = Sections.hint("");
        error.setId("noteError");
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        Runnable addNote = () -> {
            String at = offsetField.getText().isBlank() ? Timecode.format(timer.get()) : offsetField.getText();
            var problem = vm.addNote(at, textField.getText());
            error.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                offsetField.clear();
                textField.clear();
                textField.requestFocus();
            }
        };
        add.setOnAction(e -> addNote.run());
        textField.setOnAction(e -> addNote.run());
        HBox bar = new HBox(6, offsetField, now, textField, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (var control : List.of(offsetField, textField, now, add)) {
            control.disableProperty().bind(vm.contentAllowed.not());
        }
        Label title = new Label(i18n.get("editor.section.notes"), Icons.of(MaterialDesignT.TIMER_OUTLINE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, header, table, bar, error);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    VBox box() {
        return box;
    }

    /** Ctrl+Shift+N: a note at the timer's time, ready to be written. */
    void startNote() {
        if (!textField.isDisabled()) {
            offsetField.setText(Timecode.format(timer.get()));
            textField.requestFocus();
        }
    }
}
