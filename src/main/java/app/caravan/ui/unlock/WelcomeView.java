package app.caravan.ui.unlock;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** First run: no vault yet. Create one (here or elsewhere), open one that exists, or try the demo. */
final class WelcomeView extends UnlockPage {
    private final Button create;
    private final Label error = errorLabel("welcomeError");
    final DemoOffer demo;
    private final Label notice = errorLabel("welcomeNotice");

    WelcomeView(Path defaultDirectory, I18n i18n, Consumer<Path> onCreate, Runnable onChooseCreate,
            Runnable onOpenExisting, Runnable onTryDemo) {
        super(MaterialDesignS.SHIELD_LOCK_OUTLINE, i18n.get("welcome.title"), i18n.get("welcome.subtitle"));
        setId("welcome");
        Label createTitle = new Label(i18n.get("welcome.create.title"));
        createTitle.getStyleClass().add(Styles.TITLE_4);
        Label where = new Label(i18n.get("welcome.create.where"));
        where.getStyleClass().add(Styles.TEXT_MUTED);
        create = new Button(i18n.get("welcome.create"), Icons.of(MaterialDesignS.SHIELD_PLUS_OUTLINE));
        create.setId("createHere");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setOnAction(e -> onCreate.accept(defaultDirectory));
        Button choose = new Button(i18n.get("welcome.chooseFolder"), Icons.of(MaterialDesignF.FOLDER_PLUS_OUTLINE));
        choose.setId("createElsewhere");
        choose.setOnAction(e -> onChooseCreate.run());
        HBox createActions = new HBox(10, create, choose);
        createActions.setAlignment(Pos.CENTER_LEFT);

        Label openTitle = new Label(i18n.get("welcome.open.title"));
        openTitle.getStyleClass().add(Styles.TITLE_4);
        Button open = new Button(i18n.get("welcome.open"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("openExisting");
        open.setOnAction(e -> onOpenExisting.run());

        demo = new DemoOffer(i18n, onTryDemo);
        create.disableProperty().bind(demo.button.disableProperty());
        choose.disableProperty().bind(demo.button.disableProperty());
        open.disableProperty().bind(demo.button.disableProperty());

        card.getChildren().addAll(notice, new Separator(), createTitle, where, path(defaultDirectory), createActions,
                new Separator(), openTitle, open, new Separator(), demo, error);
    }

    /** Why the user is here again, e.g. that the vault was destroyed; null for nothing. */
    void showNotice(String message) {
        notice.setText(message == null ? "" : message);
    }

    void showError(String message) {
        error.setText(message);
    }

    @Override
    protected Node initialFocus() {
        return create;
    }
}
