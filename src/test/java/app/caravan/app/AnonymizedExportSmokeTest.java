package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export wired end to end on a real vault: consent decides who goes out, the real name
 * never does, an editor's "keep this text" is honoured, and all files appear at once.
 */
class AnonymizedExportSmokeTest {
    @TempDir
    Path temp;

    @Test
    void exportsConsentedInterviewsDeidentifiedWithEveryFile() throws Exception {
        try (VaultSession vault = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Interview kept = null;
            for (int i = 0; i < 5; i++) {
                Interview created = vault.interviews().create("Timur " + i);
                String text = "Меня зовут Николай. Мы с Николаем уехали в Ташкент, звоните +998 90 123 45 67.";
                Interview saved = vault.interviews().save(created.toBuilder()
                        .consent(new Consent(true, false, i != 4, false, true, false, ConsentMethod.VERBAL,
                                OffsetDateTime.now(), null))
                        .transcript(text).currentCity("tashkent").profession("software-developer")
                        .segments(List.of(new Segment(text.indexOf("уехали"), text.indexOf("уехали") + 6,
                                List.of("remote-work"), "Николай about leaving")))
                        .build());
                vault.interviews().saveIdentity(saved.id(), new Identity("Николай Смирнов", "", List.of()));
                kept = i == 0 ? saved : kept;
            }
            Interview refused = vault.interviews().create("Anna");
            vault.interviews().save(refused.toBuilder().consent(new Consent(true, false, true, false, false, false,
                    ConsentMethod.VERBAL, OffsetDateTime.now(), null)).transcript("Николай").build());

            AnonymizedExportService export = vault.anonymizedExport();
            AnonymizedExportService.Preview preview = export.preview(kept.id(), "country");
            assertNull(preview.exclusion());
            assertFalse(preview.exported().contains("Николай"), preview.exported());
            assertTrue(preview.exported().contains("[PHONE]"), preview.exported());
            int at = kept.transcript().indexOf("Ташкент");
            assertTrue(preview.highlights().stream().anyMatch(h -> h.start() == at), preview.highlights().toString());
            export.undo(kept.id(), at, at + "Ташкент".length());
            assertEquals(1, export.decisions(kept.id()).size());
            assertTrue(export.preview(kept.id(), "country").exported().contains("Ташкент"));

            Path out = temp.resolve("dataset");
            var request = new AnonymizedExportService.Request(out, null, AnonymizedExportService.FORMATS,
                    List.of("city", "profession"), 2, 0.5, null, "country", false, List.of());
            AnonymizedExportService.Report report = export.export(request, null, null);
            assertEquals(5, report.participants());
            assertEquals(1, report.textless());
            assertEquals(1, report.excluded().values().stream().mapToInt(Integer::intValue).sum());
            List<String> names = Fixtures.filesUnder(out).stream().map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("DATACARD.md", "codebook.json", "codebook.md", "interviews.csv", "interviews.jsonl",
                    "project.qdpx", "segments.csv"), names);
            for (Path file : Fixtures.filesUnder(out)) {
                String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(content.contains("Николай") || content.contains("Николаем") || content.contains("Смирнов")
                        || content.contains("123 45 67"), file.getFileName() + " leaks");
            }
            String csv = Files.readString(out.resolve("interviews.csv"));
            assertTrue(csv.startsWith("participant_id,"), csv);
            assertTrue(Files.readString(out.resolve("segments.csv")).contains("уехали"));
        }
    }
}
