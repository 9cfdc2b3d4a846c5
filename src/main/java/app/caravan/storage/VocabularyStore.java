package app.caravan.storage;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;

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
}
