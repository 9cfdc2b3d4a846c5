package app.caravan.ui.fake;

import app.caravan.app.NotFoundException;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Codebook edits of the in-memory vault, recoding like the real one: a merge counts every coding it changes. */
final class InMemoryCodebook {
    private InMemoryCodebook() {
    }

    static Theme replace(InMemoryVault vault, String key, UnaryOperator<Theme> change) {
        synchronized (vault) {
            List<Theme> themes = vault.themes();
            for (int i = 0; i < themes.size(); i++) {
                if (themes.get(i).key().equals(key)) {
                    Theme next = change.apply(themes.get(i));
                    themes.set(i, next);
                    return next;
                }
            }
            throw new NotFoundException("No theme " + key);
        }
    }

    static int merge(InMemoryVault vault, String fromKey, String intoKey) {
        synchronized (vault) {
            int recoded = 0;
            for (Interview i : List.copyOf(vault.interviews().values())) {
                List<String> themes = new ArrayList<>(i.themes());
                boolean changed = false;
                if (themes.contains(fromKey)) {
                    recoded++;
                    themes.replaceAll(k -> k.equals(fromKey) ? intoKey : k);
                    changed = true;
                }
                List<Segment> segments = new ArrayList<>();
                for (Segment s : i.segments()) {
                    if (s.themes().contains(fromKey)) {
                        recoded++;
                        changed = true;
                        List<String> keys = new ArrayList<>(s.themes());
                        keys.replaceAll(k -> k.equals(fromKey) ? intoKey : k);
                        segments.add(new Segment(s.start(), s.end(), keys, s.memo(), s.quotable()));
                    } else {
                        segments.add(s);
                    }
                }
                if (changed) {
                    vault.interviews().put(i.id(), i.toBuilder().themes(themes).segments(segments)
                            .revision(i.revision() + 1).build());
                }
            }
            vault.themes().replaceAll(t -> fromKey.equals(t.parentKey())
                    ? new Theme(t.key(), t.name(), intoKey, t.color(), t.description()) : t);
            vault.themes().removeIf(t -> t.key().equals(fromKey));
            return recoded;
        }
    }
}
