package app.caravan.ui.library;

import app.caravan.domain.Facet;
import app.caravan.domain.FacetCounts;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * One facet of the filter panel: a check box per value with its count, "Tashkent (12)". The
 * boxes are rebuilt only when the set of values changes; counts and ticks are updated in place.
 */
final class FacetSection extends TitledPane {
    private final Facet facet;
    private final BiConsumer<String, Boolean> onToggle;
    private final VBox boxes = new VBox(4);
    private final Map<String, CheckBox> byValue = new LinkedHashMap<>();
    private boolean updating;

    FacetSection(Facet facet, String title, String emptyText, BiConsumer<String, Boolean> onToggle) {
        this.facet = facet;
        this.onToggle = onToggle;
        setText(title);
        setId("facet-" + facet.key());
        setContent(boxes);
        setAnimated(false);
        getStyleClass().add(Styles.DENSE);
        boxes.setPadding(new Insets(4, 6, 4, 6));
        Label empty = new Label(emptyText);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        boxes.getChildren().setAll(empty);
    }

    /** Shows {@code values} (all the vault has, plus what is selected) with their current counts. */
    void update(Collection<String> values, FacetCounts counts, Set<String> selected, FacetLabels labels,
            Vocabulary vocabulary) {
        List<String> ordered = order(values, selected, labels, vocabulary);
        updating = true;
        try {
            if (!ordered.equals(new ArrayList<>(byValue.keySet()))) {
                rebuild(ordered, vocabulary);
            }
            for (Map.Entry<String, CheckBox> e : byValue.entrySet()) {
                CheckBox box = e.getValue();
                int n = counts.count(facet, e.getKey());
                box.setText(labels.label(facet, e.getKey()) + " (" + n + ")");
                box.setSelected(selected.contains(e.getKey()));
                box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), n == 0);
            }
        } finally {
            updating = false;
        }
        setText(labels.title(facet) + (selected.isEmpty() ? "" : " · " + selected.size()));
    }

    private void rebuild(List<String> ordered, Vocabulary vocabulary) {
        byValue.clear();
        List<CheckBox> list = new ArrayList<>();
        Map<String, Theme> themes = vocabulary.themesByKey();
        for (String value : ordered) {
            CheckBox box = new CheckBox();
            box.setId("facet-" + facet.key() + "-" + safeId(value));
            box.setUserData(value);
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.getStyleClass().add("facet-value");
            if (facet == Facet.THEME) {
                box.setPadding(new Insets(0, 0, 0, 14 * depth(themes, value)));
            }
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    onToggle.accept(value, now);
                }
            });
            byValue.put(value, box);
            list.add(box);
        }
        if (!list.isEmpty()) {
            boxes.getChildren().setAll(list);
        }
    }

    /** Enum-like facets keep their natural order; the others read alphabetically; themes as a tree. */
    private List<String> order(Collection<String> values, Set<String> selected, FacetLabels labels,
            Vocabulary vocabulary) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(values);
        all.addAll(selected);
        List<String> natural = switch (facet) {
            case THEME -> app.caravan.ui.common.ThemeOrder.themes(vocabulary.themes()).stream().map(Theme::key).toList();
            case STATUS -> keys(app.caravan.domain.Status.values(), app.caravan.domain.Status::key);
            case WAVE -> keys(app.caravan.domain.Wave.values(), app.caravan.domain.Wave::key);
            case CONSENT -> keys(app.caravan.domain.ConsentFlag.values(), app.caravan.domain.ConsentFlag::key);
            default -> null;
        };
        if (natural != null) {
            List<String> out = new ArrayList<>(natural.stream().filter(all::contains).toList());
            all.stream().filter(v -> !out.contains(v)).forEach(out::add);
            return out;
        }
        List<String> out = new ArrayList<>(all);
        out.sort(Comparator.comparing((String v) -> labels.label(facet, v), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static <E> List<String> keys(E[] values, java.util.function.Function<E, String> key) {
        return java.util.Arrays.stream(values).map(key).toList();
    }

    private static int depth(Map<String, Theme> themes, String key) {
        int depth = 0;
        Theme t = themes.get(key);
        while (t != null && t.parentKey() != null && depth < 8) {
            t = themes.get(t.parentKey());
            depth++;
        }
        return depth;
    }

    /** A CSS-safe id part for tests and accessibility tools: "United Arab Emirates" → "United_Arab_Emirates". */
    static String safeId(String value) {
        return value.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
