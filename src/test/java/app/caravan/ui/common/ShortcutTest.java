package app.caravan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No two shortcuts share keys; only the list-local Delete keys do, each in its own list. */
class ShortcutTest {
    @Test
    void everyCombinationIsUnique() {
        EnumSet<Shortcut> local = EnumSet.of(Shortcut.REMOVE_NOTE, Shortcut.DELETE_ATTACHMENT);
        Map<String, Shortcut> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            if (local.contains(s)) {
                continue;
            }
            Shortcut other = seen.put(s.combination().getName(), s);
            if (other != null) {
                clashes.add(other + " and " + s);
            }
        }
        assertEquals(List.of(), clashes);
    }
}
