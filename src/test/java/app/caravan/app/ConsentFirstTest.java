package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Tombstone;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent rules of the save path, the consent history, withdrawal and purging. */
class ConsentFirstTest {
    static final OffsetDateTime AT = OffsetDateTime.parse("2022-10-17T15:25:00+05:00");
    static final Consent PARTICIPATION = new Consent(true, false, false, false, false, false, ConsentMethod.VERBAL,
            AT, null);
    static final Consent QUOTES = new Consent(true, false, true, false, false, false, ConsentMethod.VERBAL, AT, null);

    @TempDir
    Path temp;
    VaultSession session;
    InterviewService interviews;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        session.settings().setUserName("field-team-1");
        interviews = session.interviews();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void nothingOfTheConversationIsKeptBeforeParticipationConsent() {
        Interview draft = interviews.create("Timur");
        for (Interview attempt : List.of(draft.toBuilder().transcript("Мы уехали в сентябре").build(),
                draft.toBuilder().notes(List.of(new Note(Duration.ofSeconds(5), "n"))).build())) {
            ConsentRequiredException e = assertThrows(ConsentRequiredException.class, () -> interviews.save(attempt));
            assertEquals(ConsentRequiredException.Use.PARTICIPATION, e.use());
        }
        assertEquals("", interviews.get(draft.id()).transcript());
        assertEquals(List.of(), interviews.consentHistory(draft.id()), "a refused save records nothing");

        Interview consented = interviews.save(draft.toBuilder().consent(PARTICIPATION).build());
        Interview written = interviews.save(consented.toBuilder().transcript("Мы уехали в сентябре").build());
        assertEquals("Мы уехали в сентябре", interviews.get(draft.id()).transcript());

        ConsentRequiredException untick = assertThrows(ConsentRequiredException.class,
                () -> interviews.save(written.toBuilder().consent(Consent.NONE).build()));
        assertTrue(untick.getMessage().contains("Withdraw"), untick.getMessage());
    }

    @Test
    void everyConsentChangeIsRecordedWithTimeAndUserInTheSameSave() {
        Interview draft = interviews.create("Timur");
        Interview one = interviews.save(draft.toBuilder().consent(PARTICIPATION).build());
        Interview two = interviews.save(one.toBuilder().transcript("text").build());
        interviews.save(two.toBuilder().consent(QUOTES).build());

        List<ConsentChange> history = interviews.consentHistory(draft.id());

        assertEquals(2, history.size(), "the save that changed only the transcript adds nothing");
        assertEquals(new ConsentChange(draft.id(), history.get(0).changedAt(), "field-team-1", Consent.NONE,
                PARTICIPATION), history.get(0));
        assertEquals(PARTICIPATION, history.get(1).before());
        assertEquals(QUOTES, history.get(1).after());
        assertFalse(history.get(1).changedAt().isBefore(history.get(0).changedAt()));
    }

    @Test
    void quotesNeedVerbatimConsentAndRevokingItUnmarksThemAndSaysHowMany() {
        Interview draft = interviews.create("Timur");
        String text = "Первая фраза. Second sentence. Третья.";
        Interview base = interviews.save(draft.toBuilder().consent(PARTICIPATION).transcript(text).build());
        List<Segment> marked = List.of(new Segment(0, 13, List.of(), "", true), new Segment(14, 30, List.of(), "", true),
                new Segment(31, 38, List.of(), ""));
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class,
                () -> interviews.save(base.toBuilder().segments(marked).build()));
        assertEquals(ConsentRequiredException.Use.VERBATIM_QUOTES, e.use());

        Interview quotable = interviews.save(base.toBuilder().consent(QUOTES).segments(marked).build());
        assertEquals(2, interviews.get(draft.id()).segments().stream().filter(Segment::quotable).count());

        SaveResult revoked = interviews.saveWithReport(quotable.toBuilder().consent(PARTICIPATION).build());

        assertEquals(2, revoked.unmarkedQuotes());
        assertTrue(revoked.saved().segments().stream().noneMatch(Segment::quotable));
        assertEquals(revoked.saved(), interviews.get(draft.id()));
        assertEquals(0, interviews.saveWithReport(revoked.saved()).unmarkedQuotes());
    }

    @Test
    void withdrawalIsOneRecordedSaveAndAStaleEditorCannotUndoIt() {
        Interview draft = interviews.create("Timur");
        Interview editorCopy = interviews.save(draft.toBuilder().consent(QUOTES).transcript("t").build());
        OffsetDateTime when = OffsetDateTime.parse("2023-01-05T09:00:30-03:30");

        Interview withdrawn = interviews.withdraw(draft.id(), when);

        assertEquals(when, withdrawn.consent().withdrawnAt());
        assertTrue(interviews.list().get(0).consent().isWithdrawn());
        ConsentChange last = interviews.consentHistory(draft.id()).get(1);
        assertTrue(last.isWithdrawal());
        assertEquals("field-team-1", last.changedBy());
        assertThrows(ConflictException.class, () -> interviews.save(editorCopy.toBuilder().transcript("t2").build()));
        assertEquals(withdrawn, interviews.withdraw(draft.id(), when.plusDays(1)), "the first date stays");
        assertEquals(2, interviews.consentHistory(draft.id()).size());
    }

    @Test
    void purgingKeepsOnlyATombstone() throws Exception {
        Interview draft = interviews.create("Timur");
        Interview full = interviews.save(Fixtures.fullInterview("x").toBuilder().id(draft.id())
                .consent(new Consent(true, true, true, true, true, false, ConsentMethod.VERBAL, AT, null))
                .revision(draft.revision()).build());
        interviews.saveIdentity(draft.id(), Fixtures.identity("x"));
        session.attachments().add(draft.id(), "call.wav", "audio/wav", new ByteArrayInputStream(new byte[5000]),
                5000, null);
        Interview other = interviews.create("Other");

        IllegalStateException notWithdrawn = assertThrows(IllegalStateException.class, () -> interviews.purge(full.id()));
        assertTrue(notWithdrawn.getMessage().contains("not withdrawn"), notWithdrawn.getMessage());

        OffsetDateTime when = OffsetDateTime.parse("2023-01-05T09:00:30+04:00");
        interviews.withdraw(full.id(), when);
        Tombstone tombstone = interviews.purge(full.id());

        assertEquals(new Tombstone(full.id(), when, tombstone.purgedAt()), tombstone);
        assertEquals(List.of(tombstone), interviews.tombstones());
        assertEquals(tombstone, interviews.purge(full.id()), "purging twice is harmless");
        NotFoundException gone = assertThrows(NotFoundException.class, () -> interviews.get(full.id()));
        assertTrue(gone.getMessage().contains("purged"), gone.getMessage());
        assertTrue(interviews.identity(full.id()).isEmpty());
        assertEquals(List.of(), session.attachments().list(full.id()));
        assertThrows(NotFoundException.class, () -> interviews.consentHistory(full.id()));
        assertEquals(List.of(other.id()), interviews.list().stream().map(s -> s.id()).toList());
    }

    @Test
    void withdrawnInterviewsStayInTheLosslessExportButPurgedOnesCannotComeBack() throws Exception {
        Interview kept = interviews.save(interviews.create("Kept").toBuilder().consent(PARTICIPATION).build());
        Interview gone = interviews.save(interviews.create("Gone").toBuilder().consent(PARTICIPATION).build());
        interviews.withdraw(kept.id(), AT.plusDays(3));
        interviews.withdraw(gone.id(), AT.plusDays(3));
        Path backup = temp.resolve("backup.json");
        assertEquals(2, session.interchange().exportFile(backup));
        assertTrue(Files.readString(backup).contains("\"withdrawnAt\""));

        interviews.purge(gone.id());
        interviews.delete(kept.id());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> session.interchange().importFile(backup));
        assertTrue(e.getMessage().contains("purged"), e.getMessage());
        assertEquals(List.of(), interviews.list(), "all or nothing");
    }
}
