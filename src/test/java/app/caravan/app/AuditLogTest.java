package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.AuditEntry;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.storage.Vault;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the audit log records for each kind of change, and that it never holds sensitive values in clear. */
class AuditLogTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2022-10-17T15:25:00+05:00");

    @TempDir
    Path temp;
    Path dir;
    VaultSession session;
    final String latin = "CANARY" + UUID.randomUUID().toString().replace("-", "");
    final String cyrillic = "КАНАРЕЙКА" + latin.substring(6, 14);

    @BeforeEach
    void open() throws Exception {
        dir = temp.resolve("vault");
        session = Fixtures.fastVaults().create(dir, Fixtures.passphrase());
        session.settings().setUserName("field-team-1");
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private List<String> fields(UUID id) {
        return session.audit().forInterview(id).stream().map(AuditEntry::field).toList();
    }

    private AuditEntry last(UUID id, String field) {
        List<AuditEntry> entries = session.audit().forInterview(id);
        for (int k = entries.size() - 1; k >= 0; k--) {
            if (entries.get(k).field().equals(field)) {
                return entries.get(k);
            }
        }
        throw new AssertionError("no " + field + " entry in " + entries.stream().map(AuditEntry::field).toList());
    }

    @Test
    void everyKindOfChangeIsRecordedWithWhoAndOldAndNew() throws Exception {
        Interview created = session.interviews().create("Pseudonym " + latin);
        assertEquals(List.of("created"), fields(created.id()));
        assertEquals("field-team-1", last(created.id(), "created").actor());

        Interview full = session.interviews().save(Fixtures.fullInterview(latin + " " + cyrillic).toBuilder()
                .id(created.id()).pseudonym("Pseudonym " + latin).revision(created.revision()).build());
        List<String> changed = fields(created.id());
        for (String field : List.of("place", "currentCity", "profession", "ageBand", "gender", "departure.date",
                "departure.wave", "themes", "consent.participation", "consent.verbatimQuotes", "consent.method",
                "transcript", "segments", "notes", "language", "interviewedAt")) {
            assertTrue(changed.contains(field), field + " in " + changed);
        }
        assertFalse(changed.contains("status"), "a save does not change the status");
        assertFalse(changed.contains("pseudonym"), "unchanged fields are not recorded");
        AuditEntry place = last(created.id(), "place");
        assertNull(place.oldValue());
        assertEquals("samarkand", place.newValue());
        assertEquals("false", last(created.id(), "consent.participation").oldValue());
        assertEquals("true", last(created.id(), "consent.participation").newValue());
        assertTrue(last(created.id(), "transcript").newValue().startsWith("hmac:"));

        session.interviews().saveIdentity(created.id(), Fixtures.identity(latin + " " + cyrillic));
        for (String field : List.of("identity.realName", "identity.contact", "identity.mentionedPeople")) {
            assertTrue(last(created.id(), field).newValue().startsWith("hmac:"), field);
        }

        session.settings().setUserName("desk-editor");
        session.review().setRole(Role.DESK);
        session.review().transition(created.id(), Status.SUBMITTED);
        AuditEntry status = last(created.id(), "status");
        assertEquals("draft", status.oldValue());
        assertEquals("submitted", status.newValue());
        assertEquals("desk-editor", status.actor());

        ReviewComment comment = session.review().addComment(created.id(), 0, 5, "Комментарий " + latin);
        session.review().resolve(comment.id());
        session.review().reopen(comment.id());
        List<AuditEntry> commentEntries = session.audit().forInterview(created.id()).stream()
                .filter(e -> e.field().equals("comment " + comment.id())).toList();
        assertEquals(3, commentEntries.size());
        assertTrue(commentEntries.get(0).newValue().matches("open hmac:[0-9a-f]{64}"), commentEntries.get(0).newValue());
        assertEquals("resolved", commentEntries.get(1).newValue());
        assertEquals("open", commentEntries.get(2).newValue());

        session.interviews().save(session.interviews().get(created.id()).toBuilder().pseudonym("Renamed").build());
        AuditEntry renamed = last(created.id(), "pseudonym");
        assertTrue(renamed.oldValue().startsWith("hmac:") && renamed.newValue().startsWith("hmac:"));
        assertFalse(renamed.oldValue().equals(renamed.newValue()));

        session.interviews().delete(created.id());
        assertEquals("deleted", fields(created.id()).get(fields(created.id()).size() - 1));

        session.interchange().importFile(Path.of(AuditLogTest.class.getResource("/interchange/sample.json").toURI()));
        List<AuditEntry> all = session.audit().all();
        assertTrue(all.stream().anyMatch(e -> e.field().equals("imported") && e.actor().equals("desk-editor")),
                "imports are recorded under the vault's user");
        assertTrue(all.stream().anyMatch(e -> e.field().equals("role") && "desk".equals(e.newValue())
                && e.interviewId() == null));
        for (int k = 0; k < all.size(); k++) {
            assertEquals(k + 1, all.get(k).seq());
        }
        assertEquals(AuditReport.ok(all.size()), session.audit().verify());
    }

    @Test
    void sensitiveValuesAreNeverInClearAndPurgeKeepsEntriesWithoutContent() throws Exception {
        Interview created = session.interviews().create("Pseudonym " + latin);
        session.interviews().save(Fixtures.fullInterview(latin + " " + cyrillic).toBuilder().id(created.id())
                .pseudonym("Pseudonym " + latin).revision(created.revision()).build());
        session.interviews().saveIdentity(created.id(), Fixtures.identity(latin + " " + cyrillic));
        session.review().addComment(created.id(), 0, 5, "Комментарий " + cyrillic);
        session.interviews().withdraw(created.id(), AT);
        int before = session.audit().forInterview(created.id()).size();
        session.interviews().purge(created.id());
        List<AuditEntry> kept = session.audit().forInterview(created.id());
        assertEquals(before + 1, kept.size(), "the entries stay, plus the purge");
        assertEquals("purged", kept.get(kept.size() - 1).field());
        assertTrue(session.audit().verify().intact());
        session.close();
        session = null;

        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            String table = vault.read("dump", c -> {
                StringBuilder out = new StringBuilder();
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_entry");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                            out.append(rs.getString(col)).append('|');
                        }
                    }
                }
                return out.toString();
            });
            assertTrue(table.contains("samarkand"), "the dump can show values");
            for (String secret : List.of(latin, cyrillic, "Тимур", "Николай", "Anna Petrova", "+998", "Комментарий",
                    "Екатеринбурга", "remotely")) {
                assertFalse(table.contains(secret), secret + " in clear in the audit log");
            }
            int keys = vault.read("count keys", c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_key WHERE interview_id = ?")) {
                    s.setObject(1, created.id());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
            assertEquals(0, keys, "the purge destroyed the key: nobody can confirm a guess against the hashes");
        }
    }

    @Test
    void theSameValueHashesDifferentlyInAnotherInterview() {
        Interview a = session.interviews().create("Timur");
        Interview b = session.interviews().create("Timur");
        String ha = session.audit().forInterview(a.id()).get(0).newValue();
        String hb = session.audit().forInterview(b.id()).get(0).newValue();
        assertNotNull(ha);
        assertFalse(ha.equals(hb), "a per-interview key: equal names cannot be linked across interviews");
        Interview consented = session.interviews().save(a.toBuilder().consent(new Consent(true, false, false, false,
                false, false, ConsentMethod.VERBAL, AT, null)).build());
        assertEquals(new ArrayList<>(List.of("created", "consent.participation", "consent.method",
                "consent.recordedAt")), fields(consented.id()));
    }
}
