package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.ConflictScenario;
import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.TextMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving a real sync conflict by merging the transcripts, on a real encrypted desk vault. */
class KeepMergedTest {
    static final String PROPOSED = "Интервьюер: Когда вы уехали?\n"
            + TextMerge.MINE_MARKER + "\n" + ConflictScenario.DESK_LINE + "\n" + TextMerge.SEPARATOR + "\n"
            + ConflictScenario.FIELD_LINE + "\n" + TextMerge.THEIRS_MARKER + "\n"
            + "Интервьюер: Где вы работаете?\n"
            + "Ответ: удалённо, для компании в Берлине.\n"
            + ConflictScenario.FIELD_TAIL + "\n";
    static final String MERGED = ConflictScenario.DESK + ConflictScenario.FIELD_TAIL + "\n";

    @TempDir
    Path temp;
    VaultSession desk;
    ConflictScenario.Created scenario;

    @BeforeEach
    void conflict() throws Exception {
        desk = Fixtures.fastVaults().create(temp.resolve("desk"), Fixtures.passphrase());
        scenario = ConflictScenario.create(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    int hits(String word) throws InvalidInputException {
        return desk.search().search(word, null, 10).total();
    }

    @Test
    void theDetailShowsBothSidesAndTheProposedMerge() {
        DeskImportService.ConflictDetail detail = desk.deskImport().conflict(scenario.conflictId());
        Interview here = desk.interviews().get(scenario.interviewId());
        assertEquals(scenario.interviewId(), detail.interviewId());
        assertEquals(scenario.deviceId(), detail.deviceId());
        assertEquals(here.pseudonym(), detail.deskPseudonym());
        assertEquals("Timur", detail.incomingPseudonym());
        assertEquals(here.revision(), detail.deskRevision());
        assertEquals(2, detail.incomingRevision());
        assertEquals(ConflictScenario.DESK, detail.deskTranscript());
        assertEquals(ConflictScenario.FIELD, detail.incomingTranscript());
        assertEquals(PROPOSED, detail.proposedMerge());
        assertEquals(1, detail.deskSegments());
        assertEquals(2, detail.incomingSegments());
        assertThrows(NotFoundException.class, () -> desk.deskImport().conflict(UUID.randomUUID()));
    }

    @Test
    void keepMergedStoresTheMergeWithTheSegmentsOfBothSides() throws Exception {
        Interview before = desk.interviews().get(scenario.interviewId());
        int audit = desk.audit().forInterview(scenario.interviewId()).size();

        int dropped = desk.deskImport().keepMerged(scenario.conflictId(), MERGED);

        assertEquals(1, dropped, "the field's segment on words the merge left out is dropped");
        Interview after = desk.interviews().get(scenario.interviewId());
        assertEquals(MERGED, after.transcript());
        int work = MERGED.indexOf(ConflictScenario.WORK);
        assertEquals(List.of(new Segment(work, work + ConflictScenario.WORK.length(),
                List.of("remote-work", "family-left-behind"), "desk memo")), after.segments(),
                "both sides' segments on the same words become one with both themes");
        assertEquals(before.consent(), after.consent(), "the desk's metadata is kept");
        assertEquals(before.status(), after.status());
        assertTrue(after.revision() > Math.max(before.revision(), 2), "revision " + after.revision());
        assertTrue(desk.deskImport().conflicts().isEmpty());
        assertEquals(audit + 2, desk.audit().forInterview(scenario.interviewId()).size(), "transcript and segments");
        assertTrue(desk.audit().verify().intact());
        assertEquals(1, hits("TAILCANARY"));
        assertEquals(1, hits("DESKCANARY"));
        assertEquals(0, hits("FIELDCANARY"));
        assertThrows(NotFoundException.class, () -> desk.deskImport().keepMerged(scenario.conflictId(), MERGED));
    }

    @Test
    void textWithMarkersIsRefusedAndChangesNothing() throws Exception {
        Interview before = desk.interviews().get(scenario.interviewId());
        int audit = desk.audit().all().size();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> desk.deskImport().keepMerged(scenario.conflictId(), PROPOSED));
        assertTrue(e.getMessage().contains("still has conflict markers"), e.getMessage());
        assertTrue(e.getMessage().contains(scenario.conflictId().toString()), e.getMessage());
        assertEquals(before, desk.interviews().get(scenario.interviewId()));
        assertEquals(1, desk.deskImport().conflicts().size());
        assertEquals(audit, desk.audit().all().size());
        assertEquals(0, hits("TAILCANARY"));
    }
}
