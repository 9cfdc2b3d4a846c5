package app.caravan.ui.bench;

import app.caravan.ui.shell.CaravanShell;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up figure of {@code bench all}: a trivial JavaFX window of the app's
 * size, launched through the same main class, java and class path, reporting its first frame
 * like the app does ({@link FirstFrame}).
 */
public final class BareWindow extends Application {
    public static void run() {
        Application.launch(BareWindow.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Caravan")), CaravanShell.DEFAULT_WIDTH,
                CaravanShell.DEFAULT_HEIGHT));
        stage.setTitle("Caravan");
        stage.show();
        FirstFrame.reportThenExit(stage);
    }
}
