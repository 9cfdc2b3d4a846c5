package app.caravan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.app.InboxService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.SyncReport;
import app.caravan.domain.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reasons in sync reports (a refused bundle in a pull, an undelivered bundle) reach the Sync
 * page in the UI's language when the layer below gave a {@link Problem}; a reason that only
 * exists as text (read back from the outbox) is shown as it is.
 */
class SyncReasonsInRussianTest {
    private final I18n russian = new I18n(Locale.forLanguageTag("ru"));

    @Test
    void aRefusedBundleInAPullIsExplainedInRussian() {
        InvalidInputException refusal = new InvalidInputException(Problem.of("bundle.truncated", "bundle-7.age"));
        InboxService.Line line = InboxService.Line.because("usb", "bundle-7.age", InboxService.Outcome.REFUSED, refusal);
        assertEquals(refusal.getMessage(), line.detail(), "the English reason stays for the CLI and the log");
        String shown = russian.text(line.problem(), line.detail());
        assertTrue(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                shown);
        assertTrue(shown.contains("bundle-7.age"), "still names the file: " + shown);
    }

    @Test
    void anUndeliveredBundleKeepsItsTranslatableReasonAndATextReasonIsShownAsItIs() {
        SyncReport.Line keyed = new SyncReport.Line(UUID.randomUUID(), 3, "nextcloud", SyncReport.Outcome.FAILED,
                "english", Instant.EPOCH, Problem.of("bundle.truncated", "x.age"));
        SyncReport.Line stored = new SyncReport.Line(UUID.randomUUID(), 4, "nextcloud", SyncReport.Outcome.WAITING,
                "stored reason", Instant.EPOCH);
        SyncReport report = new SyncReport(List.of(keyed, stored), false, 2);
        assertEquals(keyed, report.firstFailure().orElseThrow());
        assertTrue(!russian.text(keyed.problem(), keyed.error()).equals("english"));
        assertEquals("stored reason", russian.text(stored.problem(), stored.error()));
        assertEquals("", russian.text(null, null));
    }
}
