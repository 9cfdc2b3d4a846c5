package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.domain.City;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Profession;
import app.caravan.domain.Segment;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's view model, without a JavaFX toolkit. */
class EditorViewModelTest {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia", List.of("Самарканд")),
                    new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва"))),
            List.of(new Profession("software-developer", "software developer", "IT")), List.of());
    private static final OffsetDateTime AT = OffsetDateTime.of(2022, 10, 17, 15, 30, 0, 0, ZoneOffset.ofHours(5));

    private final Clock clock = Clock.fixed(Instant.parse("2022-10-18T09:00:00Z"), ZoneId.of("Asia/Tbilisi"));
    private EditorViewModel vm;
    private Interview interview;
    private final AtomicInteger edits = new AtomicInteger();

    @BeforeEach
    void setUp() {
        vm = new EditorViewModel(new I18n(Locale.ENGLISH), clock);
        vm.setOnEdited(edits::incrementAndGet);
        interview = Interview.builder(UUID.randomUUID(), "Timur", AT)
                .place("samarkand").originCity("moscow").profession("software-developer").language("ru")
                .transcript("Я уехал в сентябре").segments(List.of(new Segment(2, 7, List.of("t"), "")))
                .notes(List.of(new Note(Duration.ofMinutes(12), "laughs")))
                .consent(new Consent(true, false, true, false, true, false, ConsentMethod.VERBAL, AT.minusMinutes(5), null))
                .revision(3).build();
        vm.load(interview, VOCABULARY);
    }

    @Test
    void loadShowsNamesAndDoesNotCountAsAnEdit() {
        assertEquals("Samarkand", vm.place.get());
        assertEquals("Moscow", vm.originCity.get());
        assertEquals("software developer", vm.profession.get());
        assertEquals("15:30", vm.interviewedTime.get());
        assertEquals("UTC+05:00", vm.interviewedOffsetProperty().get());
        assertEquals(0, edits.get());
    }

    @Test
    void untouchedFieldsRoundTripExactly() {
        InterviewDraft draft = vm.draft(false).orElseThrow();
        Interview built = new InterviewAssembler(VOCABULARY, null).assemble(interview, draft).interview();
        assertEquals(interview, built, "opening and saving changes nothing, not even the offset");
    }

    @Test
    void emptyPseudonymIsAFieldErrorNotASave() {
        vm.pseudonym.set("  ");
        assertTrue(edits.get() > 0);
        assertTrue(vm.draft(false).isEmpty());
        assertEquals("A pseudonym is required.", vm.pseudonymError.get());
        assertEquals("A pseudonym is required.", vm.firstError());
        // flushing still saves everything else, keeping the stored pseudonym
        vm.place.set("Москва");
        InterviewDraft lenient = vm.draft(true).orElseThrow();
        assertEquals("Timur", lenient.pseudonym());
        assertEquals("Москва", lenient.place());
        vm.pseudonym.set("Timur K.");
        assertTrue(vm.draft(false).isPresent());
        assertNull(vm.pseudonymError.get());
    }

    @Test
    void badTimeIsReported() {
        vm.interviewedTime.set("25:99");
        assertTrue(vm.draft(false).isEmpty());
        assertNotNull(vm.interviewedError.get());
        assertEquals(AT, vm.draft(true).orElseThrow().interviewedAt());
    }

    @Test
    void changedTimeTakesTheLaptopsZone() {
        vm.interviewedTime.set("16:00");
        OffsetDateTime at = vm.draft(false).orElseThrow().interviewedAt();
        assertEquals(LocalDate.of(2022, 10, 17), at.toLocalDate());
        assertEquals(ZoneOffset.ofHours(4), at.getOffset(), "Asia/Tbilisi");
        assertEquals("UTC+04:00", vm.interviewedOffsetProperty().get());
    }

    @Test
    void editingTheTranscriptMovesSegmentsAndSaysWhenCodingWasLost() {
        vm.transcript.set("Тогда я уехал в сентябре");
        assertEquals(List.of(new Segment(8, 13, List.of("t"), "")), vm.segments);
        assertEquals("", vm.coding.messageProperty().get());
        vm.transcript.set("Тогда я в сентябре");
        assertTrue(vm.segments.isEmpty());
        assertTrue(vm.coding.messageProperty().get().contains("removed: 1"), vm.coding.messageProperty().get());
    }

    @Test
    void codingASelection() {
        assertTrue(vm.coding.code(3, 3, List.of("x"), "").isPresent(), "nothing selected");
        assertTrue(vm.coding.code(0, 1, List.of(), "").isPresent(), "no theme");
        assertFalse(vm.coding.code(0, 1, List.of("x"), "who").isPresent());
        assertEquals(new Segment(0, 1, List.of("x"), "who"), vm.segments.get(0), "sorted by start");
        vm.coding.setMemo(vm.segments.get(0), "me");
        assertEquals("me", vm.segments.get(0).memo());
        vm.coding.remove(vm.segments.get(0));
        assertEquals(1, vm.segments.size());
    }

    @Test
    void notes() {
        assertTrue(vm.addNote("12:30", "x").isPresent(), "needs hh:mm:ss");
        assertTrue(vm.addNote("00:01:00", " ").isPresent(), "needs text");
        assertFalse(vm.addNote("00:01:00", "tea").isPresent());
        assertEquals(List.of(new Note(Duration.ofMinutes(1), "tea"), new Note(Duration.ofMinutes(12), "laughs")),
                vm.notes);
        vm.removeNote(vm.notes.get(0));
        assertEquals(1, vm.notes.size());
    }

    @Test
    void consentGetsARecordedMomentWhenFirstGiven() {
        vm.load(Interview.builder(UUID.randomUUID(), "New", AT).build(), VOCABULARY);
        assertNull(vm.consent.recordedDate.get());
        vm.consent.participation.set(true);
        assertEquals(LocalDate.of(2022, 10, 18), vm.consent.recordedDate.get());
        assertEquals("13:00", vm.consent.recordedTime.get());
        Consent consent = vm.draft(false).orElseThrow().consent();
        assertTrue(consent.participation());
        assertEquals(OffsetDateTime.parse("2022-10-18T13:00+04:00"), consent.recordedAt());
        vm.consent.withdrawnDate.set(LocalDate.of(2022, 11, 1));
        assertTrue(vm.draft(false).orElseThrow().consent().isWithdrawn());
    }

    @Test
    void identityIsHiddenUntilRevealedAndAgainAfterLoad() {
        AtomicInteger identityEdits = new AtomicInteger();
        vm.setOnIdentityEdited(identityEdits::incrementAndGet);
        assertFalse(vm.identity.revealed.get());
        vm.revealIdentity(new Identity("Тимур Р.", "@timur", List.of("Аня", "Олег")));
        assertEquals(0, identityEdits.get());
        assertEquals("Аня\nОлег", vm.identity.mentionedPeople.get());
        vm.identity.mentionedPeople.set("Аня\n\n Олег \nБорис");
        assertEquals(1, identityEdits.get());
        assertEquals(List.of("Аня", "Олег", "Борис"), vm.identity.snapshot().mentionedPeople());
        vm.load(interview, VOCABULARY);
        assertFalse(vm.identity.revealed.get());
        assertEquals("", vm.identity.realName.get());
    }
}
