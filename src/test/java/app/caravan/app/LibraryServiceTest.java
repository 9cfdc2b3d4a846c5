package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Facet;
import app.caravan.domain.InterviewFilter;
import app.caravan.domain.SavedFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved filters in a real encrypted vault: named, unique, surviving a lock and unlock. */
class LibraryServiceTest {
    @TempDir
    Path temp;

    static final InterviewFilter EVERY_FACET = InterviewFilter.EMPTY
            .with(Facet.CITY, List.of("tashkent", "samarkand")).with(Facet.COUNTRY, "Georgia")
            .with(Facet.REGION, "Central Asia").with(Facet.ORIGIN_CITY, "yekaterinburg")
            .with(Facet.PROFESSION, "actor").with(Facet.SECTOR, "IT").with(Facet.THEME, "civic-activism")
            .with(Facet.STATUS, "in-review").with(Facet.CONSENT, List.of("verbatimQuotes", "participation"))
            .with(Facet.WAVE, "spring-2022").with(Facet.INTERVIEWER, "field-team-1 «Ташкент»")
            .withRange(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 12, 31));

    @Test
    void aSavedFilterComesBackExactlyAfterLockingTheVault() throws Exception {
        Path dir = temp.resolve("vault");
        try (VaultSession session = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
            session.library().save("IT in Uzbekistan", EVERY_FACET);
            session.library().save("Only dates", InterviewFilter.EMPTY.withRange(null, LocalDate.of(2023, 1, 1)));
        }
        try (VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            List<SavedFilter> saved = session.library().savedFilters();
            assertEquals(List.of("IT in Uzbekistan", "Only dates"), saved.stream().map(SavedFilter::name).toList());
            assertEquals(EVERY_FACET, saved.get(0).filter());
            assertEquals(InterviewFilter.EMPTY.withRange(null, LocalDate.of(2023, 1, 1)), saved.get(1).filter());
        }
    }

    @Test
    void namesAreUniqueAcrossCaseAndScriptAndErrorsSayWhy() throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase())) {
            LibraryService library = session.library();
            SavedFilter tashkent = library.save(" Tashkent ", InterviewFilter.EMPTY.with(Facet.CITY, "tashkent"));
            assertEquals("Tashkent", tashkent.name());
            InvalidInputException taken = assertThrows(InvalidInputException.class,
                    () -> library.save("Ташкент", InterviewFilter.EMPTY));
            assertTrue(taken.getMessage().contains("'Ташкент' already exists"), taken.getMessage());
            assertTrue(assertThrows(InvalidInputException.class, () -> library.save("  ", InterviewFilter.EMPTY))
                    .getMessage().startsWith("Filter name"));
            assertThrows(InvalidInputException.class, () -> library.save("x".repeat(201), InterviewFilter.EMPTY));

            SavedFilter other = library.save("Tbilisi", InterviewFilter.EMPTY.with(Facet.CITY, "tbilisi"));
            assertThrows(InvalidInputException.class, () -> library.rename(other.id(), "TASHKENT"));
            assertEquals("Tashkent, cafes", library.rename(tashkent.id(), "Tashkent, cafes").name());
            assertEquals("tashkent", library.rename(tashkent.id(), "tashkent").name(), "its own name in another case");
            assertThrows(NotFoundException.class, () -> library.rename(UUID.randomUUID(), "Nowhere"));

            library.delete(other.id());
            assertThrows(NotFoundException.class, () -> library.delete(other.id()));
            assertEquals(List.of("tashkent"), library.savedFilters().stream().map(SavedFilter::name).toList());
            assertEquals(InterviewFilter.EMPTY.with(Facet.CITY, "tashkent"), library.savedFilters().get(0).filter());
        }
    }

    @Test
    void theJsonIsStableAndStrict() throws Exception {
        String json = FilterJson.write(EVERY_FACET);
        assertEquals(json, FilterJson.write(FilterJson.read(json, "test")));
        assertTrue(json.contains("\"city\":[\"samarkand\",\"tashkent\"]"), json);
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> FilterJson.read("{\"version\":1,\"facets\":{\"planet\":[\"mars\"]}}", "saved filter 'x'"));
        assertTrue(unknown.getMessage().startsWith("saved filter 'x': facet 'planet'"), unknown.getMessage());
        assertThrows(InvalidInputException.class, () -> FilterJson.read("{\"version\":1,\"extra\":1}", "x"));
        assertThrows(InvalidInputException.class, () -> FilterJson.read("{\"version\":1,", "x"));
        assertThrows(InvalidInputException.class,
                () -> FilterJson.read("{\"version\":1,\"facets\":{},\"from\":\"2023-02-30\"}", "x"));
    }
}
