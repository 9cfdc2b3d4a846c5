package app.caravan.ui.insight;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** A titled chart with its "Save as PNG…" button. */
final class ChartCard extends VBox {
    private final Node chart;

    ChartCard(String key, String title, String note, Node chart, SessionContext context) {
        super(6);
        this.chart = chart;
        I18n i18n = context.i18n();
        setId("chart-" + key);
        getStyleClass().addAll(UiStyles.INSIGHT_CARD, UiStyles.CARD);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = Icons.iconButton(MaterialDesignI.IMAGE_MOVE, i18n.get("insight.savePng"));
        save.setId("savePng-" + key);
        save.getStyleClass().add(Styles.FLAT);
        save.setOnAction(e -> save(key, context));
        HBox top = new HBox(8, heading, spacer, save);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        if (note != null && !note.isBlank()) {
            Label hint = new Label(note);
            hint.setWrapText(true);
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            getChildren().add(hint);
        }
        getChildren().add(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    private void save(String key, SessionContext context) {
        I18n i18n = context.i18n();
        context.dialogs().chooseSaveFile(i18n.get("insight.savePng.title"), null, key + ".png").ifPresent(chosen -> {
            Path file = PngFiles.withExtension(chosen);
            PngFiles.Pixels pixels = PngFiles.render(chart);
            Tasks.createVoid(() -> PngFiles.write(pixels, file))
                    .onError(e -> context.dialogs().showError(i18n.get("insight.savePng.failed"),
                            context.i18n().problem(e)))
                    .runOnce(context.executor());
        });
    }
}
