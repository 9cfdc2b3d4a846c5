package app.caravan.ui.sync;

import app.caravan.domain.SyncTarget;
import app.caravan.ui.common.DialogService;
import app.caravan.ui.common.FormGrid;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Passphrases;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Where bundles go: folders (USB stick, synced folder) and WebDAV servers. */
final class TargetsSection {
    private TargetsSection() {
    }

    static VBox create(SyncViewModel vm, DialogService dialogs, I18n i18n) {
        VBox list = new VBox(6);
        list.setId("targets");
        Label empty = new Label(i18n.get("sync.targets.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.getChildren().add(empty);
        vm.targets.addListener((ListChangeListener<SyncTarget>) change -> {
            list.getChildren().clear();
            if (vm.targets.isEmpty()) {
                list.getChildren().add(empty);
            }
            for (SyncTarget t : vm.targets) {
                list.getChildren().add(row(t, vm, dialogs, i18n));
            }
        });

        Button folder = new Button(i18n.get("sync.targets.addFolder"), Icons.of(MaterialDesignF.FOLDER_PLUS_OUTLINE));
        folder.setId("addFolderTarget");
        folder.setOnAction(e -> dialogs.chooseFolder(i18n.get("sync.targets.addFolder"), null)
                .ifPresent((Path chosen) -> vm.addFolder(chosen, () -> { })));

        TextField url = new TextField();
        url.setId("webdavUrl");
        url.setPromptText("https://cloud.example.org/remote.php/dav/files/anna/caravan");
        HBox.setHgrow(url, Priority.ALWAYS);
        TextField user = new TextField();
        user.setId("webdavUser");
        PasswordField password = new PasswordField();
        password.setId("webdavPassword");
        Button webdav = new Button(i18n.get("sync.targets.addWebDav"), Icons.of(MaterialDesignW.WEB_PLUS));
        webdav.setId("addWebDavTarget");
        webdav.disableProperty().bind(url.textProperty().isEmpty());
        webdav.setOnAction(e -> vm.addWebDav(url.getText(), user.getText(), Passphrases.take(password), () -> {
            url.clear();
            user.clear();
        }));
        url.textProperty().addListener((obs, old, now) -> vm.targetError.set(""));
        FormGrid form = new FormGrid();
        form.addWide(i18n.get("sync.targets.url"), url);
        form.add(i18n.get("sync.targets.user"), user);
        form.add(i18n.get("sync.targets.password"), password);
        form.setMaxWidth(640);
        return Sections.titled(i18n.get("sync.targets"), MaterialDesignC.CLOUD_UPLOAD_OUTLINE,
                Sections.hint(i18n.get("sync.targets.hint")), list, folder,
                Sections.withError(new VBox(8, form, webdav), url, vm.targetError));
    }

    private static HBox row(SyncTarget t, SyncViewModel vm, DialogService dialogs, I18n i18n) {
        Label kind = new Label(i18n.get("sync.targets.kind." + t.kind().key()),
                Icons.of(t.kind() == SyncTarget.Kind.FOLDER ? MaterialDesignF.FOLDER_OUTLINE : MaterialDesignW.WEB));
        kind.getStyleClass().add(Styles.TEXT_BOLD);
        Label where = new Label(t.location() + (t.user() == null ? "" : " · " + t.user()));
        where.setMinWidth(0);
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button remove = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("sync.targets.remove"));
        remove.getStyleClass().add("remove-target");
        remove.setOnAction(e -> {
            if (dialogs.confirm(i18n.get("sync.targets.remove"), i18n.format("sync.targets.remove.message", t.location()),
                    i18n.get("sync.targets.remove.confirm"))) {
                vm.removeTarget(t);
            }
        });
        HBox row = new HBox(10, kind, where, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("target-row");
        return row;
    }
}
