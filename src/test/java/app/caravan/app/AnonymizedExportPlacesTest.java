package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.ExportScenario.Kind;
import app.caravan.app.ExportScenario.Qi;
import app.caravan.domain.AgeBand;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Wave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts are de-identified while the vault is still being read, at the place level asked for;
 * when k-anonymity then has to coarsen the city columns further, every released text is done
 * again at that level, so no text names a place finer than its row.
 */
class AnonymizedExportPlacesTest {
    private static final String TEXT = "Мы жили в Ташкенте, потом в Бишкеке, друзья остались в Алматы.";

    @TempDir
    Path temp;

    @Test
    void placesInTheTextFollowTheCityColumnsWhenKAnonymityCoarsensThem() throws Exception {
        try (VaultSession vault = threeCitiesOfOneRegion()) {
            // three cities in three countries of one region: only the region makes a class of 3
            String text = export(vault, "city-only", 3, "country");
            assertTrue(text.contains("[CITY in Central Asia]"), text);
            assertFalse(text.contains("[CITY in Uzbekistan]") || text.contains("[CITY in Kyrgyzstan]"), text);
            assertFalse(text.contains("Ташкент") || text.contains("Бишкек") || text.contains("Алматы"), text);
        }
    }

    @Test
    void placesStayAtTheLevelAskedForWhenKAnonymityKeepsTheCities() throws Exception {
        try (VaultSession vault = threeCitiesOfOneRegion()) {
            String text = export(vault, "gender-only", 3, "country");
            assertTrue(text.contains("[CITY in Uzbekistan]") && text.contains("[CITY in Kyrgyzstan]"), text);
            assertFalse(text.contains("[CITY in Central Asia]"), text);
        }
    }

    private VaultSession threeCitiesOfOneRegion() throws VaultAccessException {
        VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase());
        for (String city : List.of("tashkent", "bishkek", "almaty")) {
            ExportScenario.add(vault, "P-" + city, Kind.WITH_TEXT, new Qi(city, "moscow", "software-developer",
                    AgeBand.FROM_30_TO_39, Gender.MAN, Wave.MOBILIZATION_2022), TEXT, List.of(), Identity.EMPTY);
        }
        return vault;
    }

    private String export(VaultSession vault, String name, int k, String places) throws Exception {
        List<String> qis = name.equals("city-only") ? List.of("city") : List.of("gender");
        Path out = temp.resolve(name);
        AnonymizedExportService.Report report = vault.anonymizedExport().export(new AnonymizedExportService.Request(
                out, null, List.of("jsonl"), qis, k, 0.0, null, places, false, List.of()), null, null);
        assertEquals(3, report.participants());
        return Files.readString(out.resolve("interviews.jsonl"));
    }
}
