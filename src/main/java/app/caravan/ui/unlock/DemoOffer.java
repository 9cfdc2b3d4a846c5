package app.caravan.ui.unlock;

import app.caravan.app.DemoVault;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The welcome screen's third way in: the demo vault, with its published passphrase in plain
 * sight and a progress bar while it is built (the first time takes a few seconds).
 */
final class DemoOffer extends VBox {
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ProgressBar progress = new ProgressBar(0);
    final Button button;

    DemoOffer(I18n i18n, Runnable onTry) {
        super(8);
        setId("demoOffer");
        Label title = new Label(i18n.get("welcome.demo.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = Sections.hint(i18n.get("welcome.demo.text"));
        text.setWrapText(true);
        Label passphrase = new Label(i18n.format("welcome.demo.passphrase", DemoVault.PASSPHRASE),
                Icons.of(MaterialDesignK.KEY_OUTLINE));
        passphrase.setId("demoPassphrase");
        passphrase.getStyleClass().add(Styles.TEXT_BOLD);
        button = new Button(i18n.get("welcome.demo"), Icons.of(MaterialDesignT.TEST_TUBE));
        button.setId("tryDemo");
        button.disableProperty().bind(busy);
        button.setOnAction(e -> onTry.run());
        progress.setId("demoProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label working = Sections.hint(i18n.get("welcome.demo.working"));
        HBox running = new HBox(10, working, progress);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(busy);
        running.managedProperty().bind(busy);
        HBox actions = new HBox(10, button, passphrase);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, text, actions, running);
    }

    void started() {
        progress.setProgress(0);
        busy.set(true);
    }

    void progress(double fraction) {
        progress.setProgress(fraction);
    }

    void finished() {
        busy.set(false);
    }

    boolean isBusy() {
        return busy.get();
    }
}
