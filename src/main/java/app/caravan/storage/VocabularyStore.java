package app.caravan.storage;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.time.Instant;
import java.util.Map;

/** The vault's vocabularies. Each method is one transaction. */
public final class VocabularyStore {
    private final Vault vault;

    public VocabularyStore(Vault vault) {
        this.vault = vault;
    }

    public Vocabulary load() {
        return vault.read("reading the vocabularies", VocabularyRows::load);
    }

    public void addCity(City city) {
        vault.write("adding a city", c -> {
            VocabularyRows.insertCity(c, city);
            return null;
        });
    }

    public void addProfession(Profession profession) {
        vault.write("adding a profession", c -> {
            VocabularyRows.insertProfession(c, profession);
            return null;
        });
    }

    public void addTheme(Theme theme) {
        vault.write("adding a theme", c -> {
            VocabularyRows.insertTheme(c, theme);
            return null;
        });
    }

    /** What a codebook edit found; only DONE changed anything. */
    public enum Edit {
        DONE,
        /** A theme named in the call does not exist. */
        MISSING,
        /** The edit would put a theme inside itself. */
        CYCLE
    }

    public Edit renameTheme(String key, String name) {
        return vault.write("renaming a theme",
                c -> ThemeRows.set(c, "name", key, name) == 1 ? Edit.DONE : Edit.MISSING);
    }

    public Edit recolorTheme(String key, String color) {
        return vault.write("recoloring a theme",
                c -> ThemeRows.set(c, "color", key, color) == 1 ? Edit.DONE : Edit.MISSING);
    }

    /** Nests {@code key} under {@code parentKey}, or makes it top-level when that is null. */
    public Edit moveTheme(String key, String parentKey) {
        return vault.write("moving a theme", c -> {
            Map<String, String> parents = ThemeRows.parents(c);
            if (!parents.containsKey(key) || parentKey != null && !parents.containsKey(parentKey)) {
                return Edit.MISSING;
            }
            if (parentKey != null && ThemeRows.isWithin(parents, parentKey, key)) {
                return Edit.CYCLE;
            }
            ThemeRows.set(c, "parent_key", key, parentKey);
            return Edit.DONE;
        });
    }

    /** The result of {@link #mergeThemes}: {@code recoded} counts the codings that used the merged theme. */
    public record Merge(Edit edit, int recoded) {
    }

    /**
     * Merges theme {@code from} into {@code into} in ONE transaction: every interview and segment
     * coded with {@code from} is coded with {@code into} instead, children of {@code from} move
     * under {@code into}, and {@code from} is deleted.
     */
    public Merge mergeThemes(String from, String into, Instant at) {
        return vault.write("merging themes", c -> {
            Map<String, String> parents = ThemeRows.parents(c);
            if (!parents.containsKey(from) || !parents.containsKey(into)) {
                return new Merge(Edit.MISSING, 0);
            }
            if (from.equals(into)) {
                return new Merge(Edit.CYCLE, 0);
            }
            int recoded = ThemeRows.recode(c, from, into, at);
            ThemeRows.fold(c, parents, from, into);
            return new Merge(Edit.DONE, recoded);
        });
    }
}
