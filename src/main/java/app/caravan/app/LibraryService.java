package app.caravan.app;

import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import java.util.List;
import java.util.UUID;

/** The library's saved filters: named, unique by name (ignoring case and script), kept in the vault. */
public interface LibraryService {
    /** All saved filters, by name. */
    List<SavedFilter> savedFilters();

    /** Stores {@code filter} as {@code name}; rejects a blank, too long or already used name, saying which. */
    SavedFilter save(String name, InterviewFilter filter) throws InvalidInputException;

    SavedFilter rename(UUID id, String name) throws InvalidInputException;

    /** Throws {@link NotFoundException} when there is no such filter (deleted elsewhere). */
    void delete(UUID id);
}
