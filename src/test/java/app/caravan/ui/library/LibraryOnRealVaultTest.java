package app.caravan.ui.library;

import app.caravan.Fixtures;
import java.nio.file.Path;

/**
 * The library's filter, saved-filter and search steps on a real encrypted vault: the real
 * saved-filter store and the real full-text index answer, not the in-memory fakes.
 */
class LibraryOnRealVaultTest extends LibraryFilterSearchTest {
    @Override
    LibraryFixture fixture(Path dir) throws Exception {
        return new LibraryFixture(dir, false, Fixtures.fastVaults());
    }
}
