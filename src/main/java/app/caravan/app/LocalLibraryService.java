package app.caravan.app;

import app.caravan.domain.InterviewFilter;
import app.caravan.domain.Problem;
import app.caravan.domain.SavedFilter;
import app.caravan.domain.Transliteration;
import app.caravan.storage.SavedFilterStore;
import app.caravan.storage.SavedFilterStore.Outcome;
import app.caravan.storage.SavedFilterStore.Row;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

final class LocalLibraryService implements LibraryService {
    static final int MAX_NAME = 200;
    private final SavedFilterStore store;
    private final Clock clock;

    LocalLibraryService(SavedFilterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<SavedFilter> savedFilters() {
        List<SavedFilter> out = new ArrayList<>();
        for (Row row : store.all()) {
            try {
                out.add(new SavedFilter(row.id(), row.name(),
                        FilterJson.read(row.json(), "saved filter '" + row.name() + "'"), row.createdAt()));
            } catch (InvalidInputException e) {
                // A filter this version cannot read is a data error worth seeing, not a reason to hide the others.
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public SavedFilter save(String name, InterviewFilter filter) throws InvalidInputException {
        String clean = checkedName(name);
        SavedFilter saved = new SavedFilter(UUID.randomUUID(), clean, filter, clock.instant());
        Outcome outcome = store.insert(new Row(saved.id(), clean, FilterJson.write(saved.filter()), saved.createdAt()),
                nameKey(clean));
        if (outcome == Outcome.NAME_TAKEN) {
            throw taken(clean);
        }
        return saved;
    }

    @Override
    public SavedFilter rename(UUID id, String name) throws InvalidInputException {
        String clean = checkedName(name);
        Outcome outcome = store.rename(id, clean, nameKey(clean));
        if (outcome == Outcome.NAME_TAKEN) {
            throw taken(clean);
        }
        if (outcome == Outcome.NOT_FOUND) {
            throw new NotFoundException(Problem.of("filter.renameGone", id));
        }
        return savedFilters().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(Problem.of("filter.renameDisappeared", id)));
    }

    @Override
    public void delete(UUID id) {
        if (store.delete(id) == Outcome.NOT_FOUND) {
            throw new NotFoundException(Problem.of("filter.deleteGone", id));
        }
    }

    private static String checkedName(String name) throws InvalidInputException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(Problem.of("filter.noName"));
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException(Problem.of("filter.nameTooLong", clean.length(), MAX_NAME));
        }
        return clean;
    }

    private static InvalidInputException taken(String name) {
        return new InvalidInputException(Problem.of("filter.taken", name));
    }

    /** Folded, so the same name in Cyrillic and Latin or another case counts as taken. */
    private static String nameKey(String name) {
        String key = Transliteration.fold(name);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}
