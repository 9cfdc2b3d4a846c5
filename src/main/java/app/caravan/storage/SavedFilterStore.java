package app.caravan.storage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Named library filters. The name check and the write share one transaction, so two saves of
 * the same name cannot both succeed; the JSON is opaque here (the app layer reads it).
 */
public final class SavedFilterStore {
    /** What a write did. */
    public enum Outcome {
        DONE,
        NAME_TAKEN,
        NOT_FOUND
    }

    /** One stored filter as text. */
    public record Row(UUID id, String name, String json, Instant createdAt) {
    }

    private final Vault vault;

    public SavedFilterStore(Vault vault) {
        this.vault = vault;
    }

    public List<Row> all() {
        return vault.read("listing the saved filters", SavedFilterRows::all);
    }

    public Outcome insert(Row row, String nameKey) {
        return vault.write("saving a filter", c -> {
            if (SavedFilterRows.nameTaken(c, nameKey, null)) {
                return Outcome.NAME_TAKEN;
            }
            SavedFilterRows.insert(c, row, nameKey);
            return Outcome.DONE;
        });
    }

    public Outcome rename(UUID id, String name, String nameKey) {
        return vault.write("renaming a saved filter", c -> {
            if (SavedFilterRows.nameTaken(c, nameKey, id)) {
                return Outcome.NAME_TAKEN;
            }
            return SavedFilterRows.rename(c, id, name, nameKey) == 1 ? Outcome.DONE : Outcome.NOT_FOUND;
        });
    }

    public Outcome delete(UUID id) {
        return vault.write("deleting a saved filter",
                c -> SavedFilterRows.delete(c, id) == 1 ? Outcome.DONE : Outcome.NOT_FOUND);
    }
}
