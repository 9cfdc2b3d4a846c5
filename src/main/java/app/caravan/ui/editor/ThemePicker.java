package app.caravan.ui.editor;

import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.ThemeOrder;
import app.caravan.ui.common.UiStyles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * Picks themes from the codebook: a CheckComboBox in codebook order with sub-themes indented,
 * kept in sync with a list of theme keys, plus optional colored chips of what is chosen.
 */
final class ThemePicker {
    private static final String INDENT = "\u2003\u2003";

    private final CheckComboBox<Theme> combo = new CheckComboBox<>();
    private final FlowPane chips = new FlowPane(6, 6);
    private final ObservableList<String> keys;
    private final String emptyText;
    private Map<String, Integer> depth = Map.of();
    private boolean syncing;
    private boolean removable;

    /** {@code emptyText} is what the closed combo says while nothing is chosen. */
    ThemePicker(ObservableList<String> keys, ObservableValue<Vocabulary> vocabulary, String emptyText) {
        this.keys = keys;
        this.emptyText = emptyText;
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme theme) {
                return theme == null ? "" : INDENT.repeat(depth.getOrDefault(theme.key(), 0)) + theme.name();
            }

            @Override
            public Theme fromString(String string) {
                return null;
            }
        });
        chips.getStyleClass().add(UiStyles.CHIPS);
        combo.setTitle(title());
        setVocabulary(vocabulary.getValue());
        vocabulary.addListener((obs, old, now) -> setVocabulary(now));
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<Theme>) change -> fromCombo());
        keys.addListener((ListChangeListener<String>) change -> toCombo());
    }

    CheckComboBox<Theme> combo() {
        return combo;
    }

    FlowPane chips() {
        return chips;
    }

    /** Chips get a ✕ that removes their theme. */
    ThemePicker removableChips() {
        removable = true;
        updateChips();
        return this;
    }

    private void setVocabulary(Vocabulary vocabulary) {
        List<Theme> ordered = hierarchical(vocabulary.themes());
        if (ordered.equals(combo.getItems())) {
            return;
        }
        syncing = true;
        try {
            combo.getCheckModel().clearChecks();
            combo.getItems().setAll(ordered);
        } finally {
            syncing = false;
        }
        toCombo();
    }

    /** Parents first, each followed by its children, so the codebook's hierarchy shows by indentation. */
    private List<Theme> hierarchical(List<Theme> themes) {
        List<ThemeOrder.Entry> entries = ThemeOrder.of(themes);
        Map<String, Integer> levels = new LinkedHashMap<>();
        entries.forEach(e -> levels.put(e.theme().key(), e.depth()));
        depth = levels;
        return entries.stream().map(ThemeOrder.Entry::theme).toList();
    }

    private void fromCombo() {
        if (syncing) {
            return;
        }
        List<String> checked = combo.getItems().stream()
                .filter(t -> combo.getCheckModel().isChecked(t)).map(Theme::key).toList();
        // Keys the codebook does not (yet) know stay attached to the interview.
        List<String> unknown = keys.stream().filter(k -> combo.getItems().stream().noneMatch(t -> t.key().equals(k)))
                .toList();
        List<String> next = new ArrayList<>(unknown);
        next.addAll(checked);
        syncing = true;
        try {
            if (!next.equals(keys)) {
                keys.setAll(next);
            }
        } finally {
            syncing = false;
        }
        // This listener runs before the skin's (it was added first), so the skin sees the new title.
        combo.setTitle(title());
        updateChips();
    }

    private void toCombo() {
        if (syncing) {
            return;
        }
        // The skin reads the title only when the checks change, so it must be right before they do.
        combo.setTitle(title());
        syncing = true;
        try {
            for (int i = 0; i < combo.getItems().size(); i++) {
                boolean wanted = keys.contains(combo.getItems().get(i).key());
                if (wanted != combo.getCheckModel().isChecked(i)) {
                    if (wanted) {
                        combo.getCheckModel().check(i);
                    } else {
                        combo.getCheckModel().clearCheck(i);
                    }
                }
            }
        } finally {
            syncing = false;
        }
        updateChips();
    }

    /**
     * The closed combo's text: theme names without the indentation the list uses (CheckComboBox
     * would otherwise join the indented labels).
     */
    private String title() {
        List<String> names = keys.stream().map(k -> theme(k).name()).toList();
        return names.isEmpty() ? emptyText : String.join(", ", names);
    }

    private Theme theme(String key) {
        return combo.getItems().stream().filter(t -> Objects.equals(t.key(), key)).findFirst()
                .orElse(new Theme(key, key, null, null, ""));
    }

    private void updateChips() {
        List<Node> nodes = new ArrayList<>();
        for (String key : keys) {
            Theme theme = theme(key);
            Label name = new Label(theme.name());
            HBox chip = new HBox(6, new Circle(5, Color.web(theme.color())), name);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add(UiStyles.CHIP);
            chip.setId("chip-" + key);
            if (!theme.description().isBlank()) {
                Tooltip.install(chip, new Tooltip(theme.description()));
            }
            if (removable) {
                // The chip's ✕ takes the theme off again: choosing and removing happen where the themes are shown.
                Label remove = new Label("✕");
                remove.getStyleClass().add(UiStyles.CHIP_REMOVE);
                remove.setOnMouseClicked(e -> {
                    if (!combo.isDisabled()) {
                        keys.remove(key);
                    }
                });
                chip.getChildren().add(remove);
            }
            nodes.add(chip);
        }
        chips.getChildren().setAll(nodes);
        chips.setVisible(!nodes.isEmpty());
        chips.setManaged(!nodes.isEmpty());
    }
}
