package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.caravan.Fixtures;
import app.caravan.crypto.AesGcm;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault written before field capture (schema 2) opens, migrates to 3 and keeps its data. */
class FieldCaptureMigrationTest {
    @TempDir
    Path temp;

    @Test
    void aSchemaTwoVaultMigratesWithItsSegmentsNotQuotable() throws Exception {
        Path dir = temp.resolve("vault");
        Files.createDirectories(dir);
        byte[] dataKey = AesGcm.randomBytes(Vault.DATA_KEY_BYTES);
        KeyFiles.writeAtomically(dir, KeyFile.wrap(UUID.randomUUID(), dataKey, Fixtures.passphrase(), Fixtures.FAST_KDF));
        H2Connector connector = new H2Connector(dir, dataKey);
        UUID id = UUID.randomUUID();
        try (Connection c = connector.connect(false); Statement s = c.createStatement()) {
            Flyway.configure(getClass().getClassLoader()).dataSource(connector.dataSource())
                    .locations("classpath:db/migration").target("2").load().migrate();
            s.execute("INSERT INTO interview (id, pseudonym, interviewed_at, transcript, status, created_at, updated_at,"
                    + " revision) VALUES ('" + id + "', 'Lena', TIMESTAMP WITH TIME ZONE '2022-10-17 15:30:00+05:00',"
                    + " 'Мы уехали', 'draft', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4)");
            s.execute("INSERT INTO consent (interview_id, participation, audio_recording, verbatim_quotes,"
                    + " publish_pseudonym, share_research, recontact) VALUES ('" + id + "', TRUE, FALSE, TRUE, FALSE,"
                    + " FALSE, FALSE)");
            s.execute("INSERT INTO segment (interview_id, position, start_offset, end_offset, memo) VALUES ('" + id
                    + "', 0, 0, 2, 'memo')");
            s.execute("SHUTDOWN");
        }

        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            InterviewStore store = new InterviewStore(vault);
            Interview migrated = store.find(id).orElseThrow();
            assertEquals(List.of(new Segment(0, 2, List.of(), "memo", false)), migrated.segments());
            assertEquals(4, migrated.revision());
            assertEquals(List.of(), store.consentHistory(id));
            assertEquals(List.of(), new TombstoneStore(vault).all());
            assertFalse(new AttachmentStore(vault).find(UUID.randomUUID()).isPresent());
        }
    }
}
