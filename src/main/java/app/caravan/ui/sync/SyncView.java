package app.caravan.ui.sync;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The Sync page: this device's keys, the desk recipients, the targets and the outbox. Nothing
 * here shows interview content; bundles are opaque once sealed.
 */
public final class SyncView extends ScrollPane {
    private final SyncViewModel vm;

    public SyncView(SessionContext context) {
        I18n i18n = context.i18n();
        this.vm = new SyncViewModel(context);
        setId("sync");
        setFitToWidth(true);
        Label title = new Label(i18n.get("sync.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        VBox page = new VBox(24, title,
                DeviceSection.create(vm.device, i18n),
                RecipientsSection.create(vm, context.dialogs(), i18n),
                TargetsSection.create(vm, context.dialogs(), i18n),
                ConflictsSection.create(context),
                OutboxSection.create(vm, context.dialogs(), i18n),
                ImportSection.create(new BundleImport(context, () -> getScene().getWindow()), i18n));
        page.getStyleClass().add(UiStyles.PAGE);
        page.setMaxWidth(900);
        setContent(page);
        vm.listen();
        vm.load();
    }

    /** Reloads lists that other pages or a desk acknowledgement may have changed. */
    /** For a page that is replaced while the vault stays open: it stops following the sync rounds. */
    public void dispose() {
        vm.stopListening();
    }

    public void refresh() {
        vm.load();
    }

    /** F5: Sync now, while this page is shown. */
    public void handleShortcut(KeyEvent event) {
        if (Shortcut.SYNC_NOW.matches(event)) {
            vm.syncNow();
            event.consume();
        }
    }
}
