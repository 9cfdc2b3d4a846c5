package app.caravan.ui.editor;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The editor's header: pseudonym, a badge while withdrawn, the interview timer and the save state. */
final class EditorHeader {
    private final HBox box;

    EditorHeader(EditorViewModel vm, Autosave autosave, TimerControls timer, I18n i18n) {
        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.pseudonym);
        title.setMinWidth(0);
        Label withdrawn = new Label(i18n.get("editor.withdrawnBadge"), Icons.of(MaterialDesignA.ACCOUNT_CANCEL_OUTLINE));
        withdrawn.setId("withdrawnBadge");
        withdrawn.getStyleClass().add(UiStyles.WITHDRAWN_BADGE);
        withdrawn.setMinWidth(Region.USE_PREF_SIZE);
        withdrawn.visibleProperty().bind(vm.withdrawn);
        withdrawn.managedProperty().bind(withdrawn.visibleProperty());
        Label status = new Label();
        status.setId("saveStatus");
        status.getStyleClass().addAll(UiStyles.STATUS, Styles.TEXT_SMALL);
        status.textProperty().bind(autosave.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        autosave.failedProperty().addListener((obs, old, failed) -> {
            status.pseudoClassStateChanged(Styles.STATE_DANGER, failed);
            status.getStyleClass().remove(UiStyles.STATUS_ERROR);
            if (failed) {
                status.getStyleClass().add(UiStyles.STATUS_ERROR);
            }
        });
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(14, 14);
        saving.visibleProperty().bind(autosave.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        timer.node().visibleProperty().bind(Bindings.not(vm.withdrawn));
        box = new HBox(10, title, withdrawn, spacer, timer.node(), saving, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(UiStyles.EDITOR_HEADER);
    }

    HBox node() {
        return box;
    }
}
