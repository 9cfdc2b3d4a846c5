package app.caravan;

import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultSession;
import app.caravan.crypto.KdfParams;
import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Shared test data and cheap-KDF vault services for tests that are not about the KDF. */
public final class Fixtures {
    /** 1 MiB, one pass: milliseconds instead of half a second per unlock. */
    public static final KdfParams FAST_KDF = new KdfParams(1024, 1, 1);
    public static final String PASSPHRASE = "correct horse battery staple";

    private Fixtures() {
    }

    public static LocalVaultService fastVaults() {
        return new LocalVaultService(FAST_KDF, Clock.systemDefaultZone());
    }

    public static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    /** An interview that uses every field, with Cyrillic and Latin text and a +05:00 offset. */
    public static Interview fullInterview(String canary) {
        String transcript = "Интервьюер: Когда вы уехали из Екатеринбурга?\n"
                + "Тимур: 24 сентября, через Казахстан. I work remotely for a company in Berlin. " + canary;
        OffsetDateTime at = OffsetDateTime.parse("2022-10-17T15:30:00+05:00");
        return Interview.builder(UUID.fromString("3f1c9a2e-0b7d-4c51-9e3a-2d8f6b1a7c40"), "Timur", at)
                .interviewer("field-team-1")
                .language("ru")
                .place("samarkand")
                .currentCity("samarkand")
                .originCity("yekaterinburg")
                .profession("software-developer")
                .ageBand(AgeBand.FROM_30_TO_39)
                .gender(Gender.MAN)
                .departure(new Departure(LocalDate.of(2022, 9, 24), Wave.MOBILIZATION_2022))
                .themes(List.of("remote-work", "family-left-behind"))
                .consent(new Consent(true, false, true, true, true, false, ConsentMethod.VERBAL,
                        OffsetDateTime.parse("2022-10-17T15:25:00+05:00"), null))
                .transcript(transcript)
                .segments(List.of(new Segment(0, 12, List.of("remote-work"), "memo " + canary),
                        new Segment(5, transcript.length(), List.of("remote-work", "family-left-behind"), "")))
                .notes(List.of(new Note(Duration.ofSeconds(750), "note " + canary)))
                .status(Status.SUBMITTED)
                .createdAt(Instant.parse("2022-10-17T10:30:00Z"))
                .updatedAt(Instant.parse("2022-10-17T11:00:00Z"))
                .revision(0)
                .build();
    }

    public static Identity identity(String canary) {
        return new Identity("Тимур Рахимов " + canary, "+998 90 123 45 67 " + canary,
                List.of("Николай " + canary, "Anna Petrova"));
    }

    /** A new interview in {@code session} whose interviewee consented to participation, audio and quotes. */
    public static Interview consentedInterview(VaultSession session) {
        Interview created = session.interviews().create("Timur");
        return session.interviews().save(created.toBuilder().consent(new Consent(true, true, true, false, false,
                false, ConsentMethod.VERBAL, OffsetDateTime.now(), null)).build());
    }

    /** Every regular file below {@code root}. */
    public static List<Path> filesUnder(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
