package app.caravan.ui.editor;

import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.UiStyles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
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
        Map<String, List<Theme>> children = new LinkedHashMap<>();
        List<Theme> roots = new ArrayList<>();
        Map<String, Theme> byKey = themes.stream().collect(Collectors.toMap(Theme::key, t -> t, (a, b) -> a));
        for (Theme t : themes) {
            if (t.parentKey() == null || !byKey.containsKey(t.parentKey())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentKey(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Theme> out = new ArrayList<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Theme root : roots) {
            addWithChildren(root, 0, children, out, levels);
        }
        depth = levels;
        return out;
    }

    private static void addWithChildren(Theme theme, int level, Map<String, List<Theme>> children, List<Theme> out,
            Map<String, Integer> levels) {
        if (levels.containsKey(theme.key())) {
            return; // a cycle in imported data must not hang the editor
        }
        out.add(theme);
        levels.put(theme.key(), level);
        for (Theme child : children.getOrDefault(theme.key(), List.of())) {
            addWithChildren(child, level + 1, children, out, levels);
        }
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
        List<Label> labels = new ArrayList<>();
        for (String key : keys) {
            Theme theme = theme(key);
            Label chip = new Label(theme.name(), new Circle(5, Color.web(theme.color())));
            chip.getStyleClass().add(UiStyles.CHIP);
            if (!theme.description().isBlank()) {
                chip.setTooltip(new Tooltip(theme.description()));
            }
            labels.add(chip);
        }
        chips.getChildren().setAll(labels);
        chips.setVisible(!labels.isEmpty());
        chips.setManaged(!labels.isEmpty());
    }
}
