package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.app.BundleService.Sealed;
import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.Attachment;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.Bundle;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleLimits;
import app.caravan.exchange.BundleReader;
import app.caravan.exchange.TrustPolicy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing bundles from a real vault and opening them as the desk would. */
class BundleServiceTest {
    static final OffsetDateTime AT = OffsetDateTime.parse("2024-03-01T10:00:00+05:00");

    @TempDir
    Path temp;
    VaultSession session;
    AgeIdentity desk;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        desk = AgeIdentity.generate();
        session.keys().addRecipient(desk.recipient().value(), "desk");
    }

    @AfterEach
    void close() {
        session.close();
        desk.close();
    }

    Interview full(String pseudonym) {
        Interview draft = session.interviews().create(pseudonym);
        return session.interviews().save(Fixtures.fullInterview("canary-" + pseudonym).toBuilder().id(draft.id())
                .pseudonym(pseudonym)
                .consent(new Consent(true, true, true, true, true, false, ConsentMethod.VERBAL, AT, null))
                .revision(draft.revision()).build());
    }

    Sealed seal(boolean identity, Path copy) throws Exception {
        return session.bundles().seal(List.of(), identity, copy).orElseThrow();
    }

    /** The newest bundle in the outbox, read back and opened with {@code identity}. */
    Bundle open(Path file, AgeIdentity identity) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new BundleReader(BundleLimits.DEFAULT, Vocabulary.EMPTY).read(in, identity, TrustPolicy.FIRST_USE,
                    (a, content) -> content.transferTo(java.io.OutputStream.nullOutputStream()));
        }
    }

    static Set<UUID> ids(Bundle bundle) {
        Set<UUID> out = new HashSet<>();
        for (IdentifiedInterview i : bundle.interviews()) {
            out.add(i.interview().id());
        }
        return out;
    }

    @Test
    void sealsExactlyTheChangedInterviewsAndNothingTwice() throws Exception {
        Interview a = full("Aziz");
        Interview b = full("Bahor");
        byte[] audio = new byte[70_000];
        new Random(5).nextBytes(audio);
        Attachment wav = session.attachments().add(a.id(), "take.mp3", "audio/mpeg", new ByteArrayInputStream(audio),
                audio.length, null);
        Path first = temp.resolve("first.age");

        Sealed one = seal(false, first);

        assertEquals(1, one.sequence());
        assertEquals(2, one.interviews());
        assertEquals(1, one.attachments());
        assertEquals(Files.size(first), one.size());
        Bundle bundle = open(first, desk);
        assertEquals(Set.of(a.id(), b.id()), ids(bundle));
        assertEquals(List.of(wav.id()), bundle.attachments().stream().map(Attachment::id).toList());
        assertEquals(1, session.sync().outbox().size());
        assertEquals(Optional.empty(), session.bundles().seal(List.of(), false, temp.resolve("none.age")));
        assertFalse(Files.exists(temp.resolve("none.age")));

        // A review step changes only updated_at; a save bumps the revision. Both travel, nothing else.
        Role role = session.review().role();
        session.review().setRole(Role.DESK);
        session.review().transition(b.id(), Status.SUBMITTED);
        session.review().setRole(role);
        Interview c = full("Chori");
        session.sync().acknowledge(session.sync().outbox().get(0).id());
        Path second = temp.resolve("second.age");

        Sealed two = seal(false, second);

        assertEquals(2, two.sequence());
        assertEquals(0, two.attachments());
        Bundle next = open(second, desk);
        assertEquals(2, next.manifest().sequence());
        assertEquals(Set.of(b.id(), c.id()), ids(next));
        assertEquals(Status.SUBMITTED, next.interviews().stream().filter(i -> i.interview().id().equals(b.id()))
                .findFirst().orElseThrow().interview().status());
    }

    /**
     * Interviews travel in the vault's key order (H2 compares UUIDs as two unsigned longs), not in
     * interview order: the desk then inserts into its id-keyed indexes in order, touching each index
     * page once per bundle instead of once per interview (ADR 0008, session 9).
     */
    @Test
    void interviewsTravelInKeyOrderWhateverTheirDates() throws Exception {
        List<Interview> made = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            made.add(full("P" + i));
        }
        List<UUID> keyOrder = made.stream().map(Interview::id).sorted((x, y) -> {
            int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }).toList();
        // Dated against the key order, so ordering by date would give the reverse.
        for (int i = 0; i < keyOrder.size(); i++) {
            Interview stored = session.interviews().get(keyOrder.get(i));
            session.interviews().save(stored.toBuilder().interviewedAt(AT.minusDays(i)).build());
        }
        Path file = temp.resolve("ordered.age");

        seal(false, file);

        assertEquals(keyOrder, open(file, desk).interviews().stream().map(i -> i.interview().id()).toList());
    }

    @Test
    void aWithdrawnInterviewTravelsAsItsWithdrawalOnly() throws Exception {
        Interview a = full("Aziz");
        session.attachments().add(a.id(), "doc.txt", "text/plain", new ByteArrayInputStream(new byte[10]), 10, null);
        seal(false, temp.resolve("1.age"));
        session.interviews().withdraw(a.id(), AT.plusDays(1));

        Sealed sealed = seal(false, temp.resolve("2.age"));

        assertEquals(0, sealed.interviews());
        assertEquals(1, sealed.withdrawals());
        assertEquals(0, sealed.attachments());
        Bundle bundle = open(temp.resolve("2.age"), desk);
        assertEquals(List.of(a.id()), bundle.withdrawn());
        assertTrue(bundle.interviews().isEmpty());
        assertTrue(bundle.attachments().isEmpty());

        session.interviews().purge(a.id());
        Bundle purged = open(temp.resolve("3.age"), desk, seal(false, temp.resolve("3.age")));
        assertEquals(List.of(a.id()), purged.tombstones().stream().map(t -> t.interviewId()).toList());
        assertTrue(purged.withdrawn().isEmpty());
    }

    private Bundle open(Path file, AgeIdentity identity, Sealed sealed) throws Exception {
        assertEquals(1, sealed.withdrawals());
        return open(file, identity);
    }

    @Test
    void identitiesTravelOnlyWhenAskedFor() throws Exception {
        Interview a = full("Aziz");
        session.interviews().saveIdentity(a.id(), Fixtures.identity("secret-name"));

        Bundle without = open(sealPath("1.age", false), desk);
        assertEquals(Identity.EMPTY, without.interviews().get(0).identity());

        // Unchanged interview, but its identity was never sent: asking for it makes it travel.
        Bundle with = open(sealPath("2.age", true), desk);
        assertEquals(Fixtures.identity("secret-name"), with.interviews().get(0).identity());
        assertEquals(Optional.empty(), session.bundles().seal(List.of(), true, null));

        session.interviews().saveIdentity(a.id(), Fixtures.identity("new-name"));
        Bundle changed = open(sealPath("3.age", true), desk);
        assertEquals(Fixtures.identity("new-name"), changed.interviews().get(0).identity());
    }

    private Path sealPath(String name, boolean identity) throws Exception {
        Path file = temp.resolve(name);
        seal(identity, file);
        return file;
    }

    @Test
    void theDevicesOwnKeyCannotOpenItAndRecipientsAreRequired() throws Exception {
        full("Aziz");
        Path file = sealPath("1.age", false);
        char[] own = session.keys().exportIdentity();
        try (AgeIdentity device = AgeIdentity.parse(own)) {
            BundleException e = assertThrows(BundleException.class, () -> open(file, device));
            assertFalse(e.getMessage().isBlank());
        }
        InvalidInputException self = assertThrows(InvalidInputException.class,
                () -> session.bundles().seal(List.of(session.keys().device().recipient()), false, null));
        assertTrue(self.getMessage().contains("own key"), self.getMessage());

        session.keys().removeRecipient(desk.recipient().value());
        full("Bahor");
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> session.bundles().seal(List.of(), false, null));
        assertTrue(none.getMessage().contains("No desk recipient"), none.getMessage());
        assertEquals(1, session.sync().outbox().size());

        // An explicit recipient works without configured ones; the refused attempts used no sequence number twice.
        try (AgeIdentity other = AgeIdentity.generate()) {
            Sealed sealed = session.bundles().seal(List.of(other.recipient().value()), false, null).orElseThrow();
            assertEquals(1, sealed.interviews());
            assertEquals(2, sealed.sequence());
        }
        List<Long> seqs = new ArrayList<>();
        session.sync().outbox().forEach(o -> seqs.add(o.sequence()));
        assertEquals(List.of(1L, 2L), seqs);
    }
}
