package app.caravan.ui.fake;

import app.caravan.app.InvalidInputException;
import app.caravan.app.LibraryService;
import app.caravan.app.NotFoundException;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import app.caravan.domain.Transliteration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Saved filters in memory, with the vault's rules: names unique ignoring case and script. */
public final class InMemoryLibrary implements LibraryService {
    private final List<SavedFilter> filters = new ArrayList<>();

    @Override
    public synchronized List<SavedFilter> savedFilters() {
        return filters.stream().sorted(Comparator.comparing(f -> Transliteration.fold(f.name()))).toList();
    }

    @Override
    public synchronized SavedFilter save(String name, InterviewFilter filter) throws InvalidInputException {
        String clean = checked(name, null);
        SavedFilter saved = new SavedFilter(UUID.randomUUID(), clean, filter, Instant.now());
        filters.add(saved);
        return saved;
    }

    @Override
    public synchronized SavedFilter rename(UUID id, String name) throws InvalidInputException {
        String clean = checked(name, id);
        for (int i = 0; i < filters.size(); i++) {
            SavedFilter f = filters.get(i);
            if (f.id().equals(id)) {
                SavedFilter renamed = new SavedFilter(id, clean, f.filter(), f.createdAt());
                filters.set(i, renamed);
                return renamed;
            }
        }
        throw new NotFoundException("no saved filter " + id);
    }

    @Override
    public synchronized void delete(UUID id) {
        if (!filters.removeIf(f -> f.id().equals(id))) {
            throw new NotFoundException("no saved filter " + id);
        }
    }

    private String checked(String name, UUID except) throws InvalidInputException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("Filter name: a saved filter needs a name");
        }
        String key = Transliteration.fold(clean);
        if (filters.stream().anyMatch(f -> !f.id().equals(except) && Transliteration.fold(f.name()).equals(key))) {
            throw new InvalidInputException("Filter name: a saved filter named '" + clean + "' already exists");
        }
        return clean;
    }
}
