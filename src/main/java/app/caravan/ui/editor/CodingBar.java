package app.caravan.ui.editor;

import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.ThemeOrder;
import app.caravan.ui.common.UiStyles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Coding with the mouse: one numbered button per theme of the first nine (the same as Ctrl+1…9)
 * and, for any theme or several at once, a picker with "Code selection" (Ctrl+Shift+C).
 */
final class CodingBar {
    static final int QUICK_THEMES = 9;

    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final FlowPane quick = new FlowPane(6, 6);
    private final VBox box;
    private final I18n i18n;
    private final Consumer<String> onQuick;
    private List<Theme> quickThemes = List.of();

    CodingBar(ObservableValue<Vocabulary> vocabulary, I18n i18n, Consumer<String> onQuick,
            Consumer<List<String>> onCode, Node extra) {
        this.i18n = i18n;
        this.onQuick = onQuick;
        quick.setId("quickThemes");
        quick.getStyleClass().add(UiStyles.CHIPS);
        ThemePicker picker = new ThemePicker(chosen, vocabulary, i18n.get("editor.coding.chooseThemes"));
        picker.combo().setId("codingThemes");
        picker.combo().setPrefWidth(240);
        picker.combo().setMinWidth(160);
        Button code = new Button(i18n.get("editor.coding.code"), Icons.of(MaterialDesignT.TAG_PLUS_OUTLINE));
        code.setId("codeSelection");
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.setTooltip(new Tooltip(i18n.get("shortcut.codeChosen") + " (" + Shortcut.CODE_CHOSEN.display() + ")"));
        code.setOnAction(e -> onCode.accept(List.copyOf(chosen)));
        Label title = new Label(i18n.get("editor.coding.quick"), Icons.of(MaterialDesignI.INFORMATION_OUTLINE));
        title.getStyleClass().add(UiStyles.FIELD_LABEL_INLINE);
        title.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // How coding works, one hover away: the bar itself stays compact above a long transcript.
        Tooltip hint = new Tooltip(i18n.get("editor.coding.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        title.setTooltip(hint);
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox chooser = new HBox(8, picker.combo(), code, spacer, extra);
        chooser.setAlignment(Pos.CENTER_LEFT);
        setThemes(vocabulary.getValue());
        vocabulary.addListener((obs, old, now) -> setThemes(now));
        HBox quickRow = new HBox(8, title, quick);
        quickRow.setAlignment(Pos.TOP_LEFT);
        box = new VBox(8, quickRow, chooser);
        HBox.setHgrow(quick, javafx.scene.layout.Priority.ALWAYS);
    }

    VBox box() {
        return box;
    }

    List<String> chosen() {
        return List.copyOf(chosen);
    }

    /** The theme of Ctrl+{@code number}, 1-based; null when the codebook has fewer themes. */
    String quickTheme(int number) {
        return number >= 1 && number <= quickThemes.size() ? quickThemes.get(number - 1).key() : null;
    }

    private void setThemes(Vocabulary vocabulary) {
        List<Theme> ordered = ThemeOrder.themes(vocabulary.themes());
        quickThemes = ordered.subList(0, Math.min(QUICK_THEMES, ordered.size()));
        List<Node> buttons = new ArrayList<>();
        for (int i = 0; i < quickThemes.size(); i++) {
            Theme theme = quickThemes.get(i);
            Button b = new Button((i + 1) + "  " + theme.name(), new Circle(5, Color.web(theme.color())));
            b.setId("quickTheme-" + (i + 1));
            b.getStyleClass().add(UiStyles.CODE_CHIP);
            b.setMaxWidth(200);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(i18n.format("editor.coding.quickTooltip", theme.name(),
                    Shortcut.codeShortcuts().get(i).display())));
            b.setOnAction(e -> onQuick.accept(theme.key()));
            buttons.add(b);
        }
        quick.getChildren().setAll(buttons);
    }
}
