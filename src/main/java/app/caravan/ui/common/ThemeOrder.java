package app.caravan.ui.common;

import app.caravan.domain.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The codebook in reading order: parents first, each followed by its children, with their
 * depth. Pickers indent by depth, and Ctrl+1…9 code with the first nine themes of this order.
 */
public final class ThemeOrder {
    /** A theme at its place in the hierarchy (0 for top level). */
    public record Entry(Theme theme, int depth) {
    }

    private ThemeOrder() {
    }

    public static List<Entry> of(List<Theme> themes) {
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
        List<Entry> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Theme root : roots) {
            add(root, 0, children, out, seen);
        }
        return out;
    }

    public static List<Theme> themes(List<Theme> themes) {
        return of(themes).stream().map(Entry::theme).toList();
    }

    private static void add(Theme theme, int depth, Map<String, List<Theme>> children, List<Entry> out,
            Map<String, Boolean> seen) {
        if (seen.putIfAbsent(theme.key(), true) != null) {
            return; // a cycle in imported data must not hang the editor
        }
        out.add(new Entry(theme, depth));
        for (Theme child : children.getOrDefault(theme.key(), List.of())) {
            add(child, depth + 1, children, out, seen);
        }
    }
}
