package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.AuditChain;
import app.caravan.domain.Interview;
import app.caravan.domain.Role;
import app.caravan.domain.Status;
import app.caravan.storage.SqlWork;
import app.caravan.storage.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the unlocked vault edits the audit table with raw SQL (through
 * {@link Vault#write}, as a tampering tool would); {@code verify} must find it and say where.
 */
class AuditTamperTest {
    @TempDir
    Path temp;
    Path original;
    long entries;

    @BeforeEach
    void writeALog() throws Exception {
        original = temp.resolve("original");
        try (VaultSession session = Fixtures.fastVaults().create(original, Fixtures.passphrase())) {
            session.settings().setUserName("field-team-1");
            Interview i = Fixtures.consentedInterview(session);
            session.interviews().save(i.toBuilder().transcript("Мы уехали через Верхний Ларс.").place("tbilisi").build());
            session.review().setRole(Role.DESK);
            session.review().transition(i.id(), Status.SUBMITTED);
            session.review().transition(i.id(), Status.IN_REVIEW);
            AuditReport report = session.audit().verify();
            assertTrue(report.intact(), report.problem());
            entries = report.entries();
            assertTrue(entries >= 8, "entries: " + entries);
        }
    }

    /** A copy of the vault, tampered with by {@code sql}, then verified by a fresh session. */
    private AuditReport tamper(SqlWork<?> sql) throws Exception {
        Path copy = temp.resolve("copy-" + UUID.randomUUID());
        Files.createDirectories(copy);
        try (var files = Files.list(original)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        try (Vault vault = Vault.open(copy, Fixtures.passphrase())) {
            vault.write("tampering", sql);
        }
        try (VaultSession session = Fixtures.fastVaults().open(copy, Fixtures.passphrase())) {
            return session.audit().verify();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Re-hashes entry {@code seq} from its stored fields, as an attacker who knows the format would. */
    private static String rehash(Connection c, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT at, actor, interview_id, field, old_value, new_value,"
                + " prev_hash FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                String hash = AuditChain.hash(seq, at, rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7));
                exec(c, "UPDATE audit_entry SET hash = '" + hash + "' WHERE seq = " + seq);
                return hash;
            }
        }
    }

    private static void assertBroken(AuditReport report, long seq, String words) {
        assertFalse(report.intact(), "tampering not detected");
        assertEquals(seq, report.seq(), report.problem());
        assertTrue(report.problem().contains(words), report.problem());
    }

    @Test
    void anUntouchedCopyIsIntact() throws Exception {
        assertEquals(AuditReport.ok(entries), tamper(c -> null));
    }

    @Test
    void anEditedValueIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET new_value = 'approved' WHERE seq = 3");
            return null;
        }), 3, "edited");
    }

    @Test
    void anEditedActorOrTimeIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET actor = 'someone else' WHERE seq = 5");
            return null;
        }), 5, "edited");
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET at = DATEADD(SECOND, -60, at) WHERE seq = 2");
            return null;
        }), 2, "edited");
    }

    @Test
    void anEditedAndReHashedEntryBreaksTheLinkToTheNext() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET new_value = 'approved' WHERE seq = 3");
            rehash(c, 3);
            return null;
        }), 4, "does not follow entry 3");
    }

    @Test
    void aDeletedEntryInTheMiddleIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "DELETE FROM audit_entry WHERE seq = 4");
            return null;
        }), 4, "entry 4 is missing");
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "DELETE FROM audit_entry WHERE seq = " + entries);
            return null;
        }), entries, "head records " + entries);
    }

    @Test
    void aDeletedEntryWithTheRestRenumberedIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "DELETE FROM audit_entry WHERE seq = 4");
            for (long s = 5; s <= entries; s++) {
                exec(c, "UPDATE audit_entry SET seq = " + (s - 1) + " WHERE seq = " + s);
            }
            exec(c, "UPDATE audit_head SET last_seq = " + (entries - 1));
            return null;
        }), 4, "holds what was written as entry 5");
    }

    @Test
    void anAppendedEntryIsFoundEvenWithACorrectHash() throws Exception {
        assertBroken(tamper(c -> {
            String head;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_hash FROM audit_head")) {
                rs.next();
                head = rs.getString(1);
            }
            long seq = entries + 1;
            Instant at = Instant.parse("2024-01-01T00:00:00Z");
            String hash = AuditChain.hash(seq, at, "forger", null, "role", "field", "desk", head);
            exec(c, "INSERT INTO audit_entry VALUES (" + seq + ", TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00Z',"
                    + " 'forger', NULL, 'role', 'field', 'desk', '" + head + "', '" + hash + "')");
            return null;
        }), entries + 1, "not recorded in the log's head");
    }

    @Test
    void anEntryInsertedInTheMiddleIsFound() throws Exception {
        assertBroken(tamper(c -> {
            for (long s = entries; s >= 3; s--) {
                exec(c, "UPDATE audit_entry SET seq = " + (s + 1) + " WHERE seq = " + s);
            }
            exec(c, "INSERT INTO audit_entry SELECT 3, at, 'forger', interview_id, 'status', 'draft', 'approved',"
                    + " prev_hash, hash FROM audit_entry WHERE seq = 4");
            rehash(c, 3);
            exec(c, "UPDATE audit_head SET last_seq = " + (entries + 1));
            return null;
        }), 4, "holds what was written as entry 3");
        assertBroken(tamper(c -> {
            exec(c, "INSERT INTO audit_entry SELECT 0, at, 'forger', interview_id, field, old_value, new_value,"
                    + " prev_hash, hash FROM audit_entry WHERE seq = 1");
            return null;
        }), 0, "inserted");
    }

    @Test
    void swappedEntriesAreFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET seq = -1 WHERE seq = 5");
            exec(c, "UPDATE audit_entry SET seq = 5 WHERE seq = 6");
            exec(c, "UPDATE audit_entry SET seq = 6 WHERE seq = -1");
            return null;
        }), 5, "reordered");
    }

    @Test
    void anEditedOrDeletedHeadIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_head SET last_hash = '" + "f".repeat(64) + "'");
            return null;
        }), entries, "head does not match");
        AuditReport noHead = tamper(c -> {
            exec(c, "DELETE FROM audit_head");
            return null;
        });
        assertFalse(noHead.intact());
        assertTrue(noHead.problem().contains("head record is missing"), noHead.problem());
    }

    @Test
    void anEditedPreviousHashIsFound() throws Exception {
        assertBroken(tamper(c -> {
            exec(c, "UPDATE audit_entry SET prev_hash = '" + "0".repeat(64) + "' WHERE seq = 2");
            return null;
        }), 2, "edited");
    }

    @Test
    void aWriteAfterTamperingDoesNotHideIt() throws Exception {
        Path copy = temp.resolve("continued");
        Files.createDirectories(copy);
        try (var files = Files.list(original)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        try (Vault vault = Vault.open(copy, Fixtures.passphrase())) {
            vault.write("tampering", c -> {
                exec(c, "UPDATE audit_entry SET new_value = 'x' WHERE seq = 2");
                return null;
            });
        }
        try (VaultSession session = Fixtures.fastVaults().open(copy, Fixtures.passphrase())) {
            session.interviews().create("Later");
            AuditReport report = session.audit().verify();
            assertBroken(report, 2, "edited");
            assertEquals(entries + 1, report.entries());
        }
    }
}
