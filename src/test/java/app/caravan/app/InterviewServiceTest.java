package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewServiceTest {
    @TempDir
    Path temp;
    VaultSession session;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theNewestPageIsTheHeadOfTheWholeListWithThemes() {
        for (int day = 1; day <= 5; day++) {
            Interview created = session.interviews().create("P" + day);
            session.interviews().save(created.toBuilder()
                    .interviewedAt(java.time.OffsetDateTime.parse("2022-10-0" + day + "T10:00:00+05:00"))
                    .themes(List.of("remote-work")).build());
        }
        List<app.caravan.domain.InterviewSummary> page = session.interviews().newest(3);
        assertEquals(List.of("P5", "P4", "P3"), page.stream().map(s -> s.pseudonym()).toList());
        assertEquals(session.interviews().list().subList(0, 3), page);
        assertEquals(List.of("remote-work"), page.get(0).themes());
        assertEquals(5, session.interviews().newest(500).size());
    }

    @Test
    void aNewInterviewIsADraftWithNothingConsentedAndTheVaultsInterviewer() {
        session.settings().setUserName("field-team-1");

        Interview created = session.interviews().create("Timur");

        assertEquals(Status.DRAFT, created.status());
        assertEquals(Consent.NONE, created.consent());
        assertEquals("field-team-1", created.interviewer());
        assertEquals(created, session.interviews().get(created.id()));
        assertEquals(List.of(created.id()), session.interviews().list().stream().map(s -> s.id()).toList());
    }

    @Test
    void savingBumpsTheRevisionAndAStaleSaveIsRefused() {
        Interview created = session.interviews().create("Timur");
        created = session.interviews().save(created.toBuilder().consent(Consent.NONE.withParticipation(true)).build());
        Interview edited = created.toBuilder().transcript("Первая версия").build();

        Interview saved = session.interviews().save(edited);

        assertEquals(2, saved.revision());
        assertEquals("Первая версия", session.interviews().get(created.id()).transcript());
        Interview stale = created.toBuilder().transcript("lost update").build();
        assertThrows(ConflictException.class, () -> session.interviews().save(stale));
        assertEquals("Первая версия", session.interviews().get(created.id()).transcript());
        assertEquals(saved, session.interviews().save(saved).toBuilder().revision(2).updatedAt(saved.updatedAt()).build());
    }

    @Test
    void identityIsKeptApartAndCanBeClearedAgain() {
        Interview created = session.interviews().create("Timur");
        assertTrue(session.interviews().identity(created.id()).isEmpty());

        session.interviews().saveIdentity(created.id(), Fixtures.identity("x"));
        assertEquals(Fixtures.identity("x"), session.interviews().identity(created.id()));

        session.interviews().saveIdentity(created.id(), Identity.EMPTY);
        assertTrue(session.interviews().identity(created.id()).isEmpty());
    }

    @Test
    void unknownIdsAreReported() {
        UUID nobody = UUID.randomUUID();
        assertThrows(NotFoundException.class, () -> session.interviews().get(nobody));
        assertThrows(NotFoundException.class, () -> session.interviews().delete(nobody));
        assertThrows(NotFoundException.class, () -> session.interviews().saveIdentity(nobody, Fixtures.identity("x")));
    }

    @Test
    void deletingRemovesTheInterviewAndItsIdentity() {
        Interview created = session.interviews().create("Timur");
        session.interviews().saveIdentity(created.id(), Fixtures.identity("x"));

        session.interviews().delete(created.id());

        assertTrue(session.interviews().list().isEmpty());
        assertThrows(NotFoundException.class, () -> session.interviews().get(created.id()));
    }

    @Test
    void vocabularyAdditionsResolveAcrossScriptsAndAreNotDuplicated() {
        assertEquals("tashkent", session.vocabulary().addCity("Ташкент", "", "").key());
        assertEquals("tashkent", session.vocabulary().addCity("toshkent", "", "").key());

        var added = session.vocabulary().addCity("Novi Sad", "Serbia", "Europe");
        assertEquals("novi-sad", added.key());
        assertEquals(added, session.vocabulary().current().city("NOVI SAD").orElseThrow());
        assertEquals("mobilization", session.vocabulary().addTheme("Mobilization and draft evasion", null, null).key());
        var child = session.vocabulary().addTheme("Queues at Upper Lars", "border-crossing", "#123456");
        assertEquals("border-crossing", child.parentKey());
        assertEquals("furniture-maker", session.vocabulary().addProfession("Furniture maker", "").key());
    }
}
