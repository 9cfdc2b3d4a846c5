package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Theme;
import app.caravan.interchange.InterchangeDocument;
import app.caravan.interchange.InterchangeReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo vault built on a real encrypted vault: it holds what the first minute promises. */
class DemoVaultTest {
    @TempDir
    Path temp;

    private final DemoVault demo = new DemoVault(Fixtures.FAST_KDF, Clock.systemDefaultZone());

    @Test
    void holdsEveryThemeConsentCombinationStatusAndAWithdrawal() throws Exception {
        List<Double> progress = new ArrayList<>();
        Path dir = temp.resolve("demo");
        try (VaultSession session = demo.create(dir, progress::add)) {
            assertTrue(session.isDemo(), "the vault itself says it is the demo");
            assertTrue(session.settings().isDemoVault());
            List<Interview> all = session.interviews().list().stream().map(s -> session.interviews().get(s.id())).toList();
            assertTrue(all.size() >= 30, "at least 30 interviews: " + all.size());

            Set<Status> statuses = all.stream().map(Interview::status).collect(Collectors.toCollection(
                    () -> EnumSet.noneOf(Status.class)));
            assertEquals(EnumSet.allOf(Status.class), statuses, "every review status");

            List<Interview> withdrawn = all.stream().filter(i -> i.consent().isWithdrawn()).toList();
            assertEquals(1, withdrawn.size(), "one withdrawn interview");

            Set<List<Boolean>> combinations = new HashSet<>();
            for (Interview i : all) {
                Consent c = i.consent();
                if (c.isActive()) {
                    combinations.add(List.of(c.audioRecording(), c.verbatimQuotes(), c.publishUnderPseudonym(),
                            c.shareAnonymizedForResearch(), c.recontact()));
                }
            }
            assertEquals(32, combinations.size(), "every combination of the five uses, with participation");
            assertTrue(all.stream().anyMatch(i -> !i.consent().participation()), "and one without participation");

            Set<String> coded = all.stream().flatMap(i -> i.segments().stream()).flatMap(s -> s.themes().stream())
                    .collect(Collectors.toSet());
            Set<String> vocabulary = session.vocabulary().current().themes().stream().map(Theme::key)
                    .collect(Collectors.toSet());
            assertEquals(vocabulary, coded, "every theme of the codebook codes at least one span");

            List<Segment> segments = all.stream().flatMap(i -> i.segments().stream()).toList();
            assertTrue(segments.size() >= 100, "segments: " + segments.size());
            assertTrue(segments.stream().filter(s -> !s.memo().isBlank()).count() >= 50, "memos");
            assertTrue(segments.stream().anyMatch(Segment::quotable), "quotable spans");
            for (Interview i : all) {
                if (!i.consent().participation()) {
                    assertTrue(i.transcript().isEmpty() && i.notes().isEmpty(), "no content without consent");
                    continue;
                }
                int bytes = i.transcript().getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes >= 1024 && bytes <= 4096, i.pseudonym() + ": " + bytes + " bytes");
                assertFalse(i.notes().isEmpty(), i.pseudonym() + " has notes");
                assertFalse(i.segments().isEmpty(), i.pseudonym() + " has coded spans");
                for (Segment s : i.segments()) {
                    // Exact spans: they start and end on whole words.
                    assertFalse(Character.isLetter(charBefore(i.transcript(), s.start())) && Character.isLetter(
                            i.transcript().charAt(s.start())), i.pseudonym() + " span starts mid-word at " + s.start());
                }
                Identity identity = session.interviews().identity(i.id());
                assertTrue(identity.realName().contains("(демо)") || identity.realName().contains("(demo)"),
                        "real names are obviously fictional");
            }
            Set<String> languages = all.stream().map(Interview::language).collect(Collectors.toSet());
            assertEquals(Set.of("ru", "en"), languages);
            assertTrue(all.stream().filter(i -> "ru".equals(i.language())).count() > all.size() / 2, "mostly Russian");

            List<ReviewComment> comments = all.stream().flatMap(i -> session.review().comments(i.id()).stream()).toList();
            assertTrue(comments.size() >= 15, "comments: " + comments.size());
            assertTrue(comments.stream().anyMatch(ReviewComment::isOpen));
            assertTrue(comments.stream().anyMatch(c -> !c.isOpen()), "some comments are resolved");
            assertTrue(all.stream().anyMatch(i -> session.review().statusHistory(i.id()).size() == 5),
                    "one interview went back for changes and came round again");
            assertEquals(Role.DESK, session.review().role());

            assertEquals(1, session.keys().recipients().size(), "a fictional desk");
            assertEquals(1, session.sync().outbox().size(), "and a bundle sealed for it");
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress only grows: " + progress);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(dir), left.toList(), "nothing but the demo vault next to it");
        }
    }

    @Test
    void theResourceIsValidInterchangeJsonInTheSeededVocabulary() throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("plain"), Fixtures.passphrase());
                InputStream in = DemoVault.class.getResourceAsStream(DemoVault.INTERVIEWS)) {
            InterchangeDocument document = new InterchangeReader(session.vocabulary().current()).read(in);
            assertFalse(document.addsVocabulary(), "cities, professions and themes are all seeded ones");
            assertTrue(document.interviews().size() >= 30);
        }
    }

    @Test
    void theSecondClickOpensTheSameDemo() throws Exception {
        Path dir = temp.resolve("demo");
        List<InterviewSummary> first;
        try (VaultSession session = demo.openOrCreate(dir, p -> { })) {
            first = session.interviews().list();
        }
        List<Double> progress = new ArrayList<>();
        try (VaultSession session = demo.openOrCreate(dir, progress::add)) {
            assertEquals(first, session.interviews().list(), "opened, not built again");
            assertTrue(session.isDemo());
        }
        assertTrue(progress.isEmpty(), "nothing was built: " + progress);
    }

    @Test
    void theDemoPassphraseCannotProtectARealVault() throws Exception {
        Path dir = temp.resolve("real");
        VaultAccessException refused = assertThrows(VaultAccessException.class,
                () -> Fixtures.fastVaults().create(dir, "  Caravan-DEMO ".toCharArray()));
        assertEquals(VaultAccessException.Reason.RESERVED_PASSPHRASE, refused.reason());
        assertTrue(refused.getMessage().contains("demo vault") && refused.getMessage().contains(dir.toString()),
                refused.getMessage());
        assertFalse(Files.exists(dir), "nothing was created");

        try (VaultSession session = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
            VaultAccessException rekey = assertThrows(VaultAccessException.class,
                    () -> session.changePassphrase(Fixtures.passphrase(), DemoVault.passphrase()));
            assertEquals(VaultAccessException.Reason.RESERVED_PASSPHRASE, rekey.reason());
            assertFalse(session.isDemo());
        }
        try (VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            assertFalse(session.isDemo(), "the old passphrase still opens it");
        }
        VaultAccessException notDemo = assertThrows(VaultAccessException.class, () -> demo.open(dir));
        assertTrue(notDemo.getMessage().contains("is not the demo vault"), notDemo.getMessage());
    }

    @Test
    void aFailureHalfWayLeavesNoHalfVaultBehind() {
        DemoVault broken = new DemoVault(Fixtures.fastVaults(), DemoVault.INTERVIEWS,
                "/app/caravan/demo/broken-review.json");
        Path dir = temp.resolve("demo");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.create(dir));
        assertTrue(e.getMessage().contains("this text is in no transcript"), e.getMessage());
        assertEquals(List.of(), Fixtures.filesUnder(temp), "no vault, no staging folder");
        assertFalse(Files.exists(dir));
    }

    private static char charBefore(String text, int index) {
        return index == 0 ? ' ' : text.charAt(index - 1);
    }
}
