package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts of every size come back exactly as stored, on insert and on update: those kept in
 * the row (a String) and those H2 keeps as a LOB (a character stream, InterviewRows.bindTranscript),
 * with characters outside the Basic Multilingual Plane across the stream's buffer boundaries.
 */
class TranscriptStorageTest {
    @TempDir
    Path temp;

    static List<String> transcripts() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("a".repeat(256));
        out.add("a".repeat(257));
        out.add("ж".repeat(200));
        out.add("ж".repeat(257));
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; mixed.length() < 100_000; i++) {
            mixed.append(i % 7 == 0 ? "\uD83D\uDE00" : i % 3 == 0 ? "слово " : "word ");
        }
        out.add(mixed.toString());
        // A surrogate pair on every 4,096-character boundary of the stream.
        StringBuilder pairs = new StringBuilder("x".repeat(4_095));
        for (int k = 0; k < 8; k++) {
            pairs.append("\uD83D\uDE00").append("y".repeat(4_094));
        }
        out.add(pairs.toString());
        return out;
    }

    static Interview interview(int n, String transcript) {
        return Interview.builder(new UUID(9, n), "P" + n, OffsetDateTime.parse("2021-03-01T10:00:00+03:00"))
                .consent(Consent.NONE.withParticipation(true)).transcript(transcript).build();
    }

    @Test
    void everyTranscriptReadsBackAsStored() throws Exception {
        List<String> texts = transcripts();
        try (Vault vault = Vault.create(temp.resolve("v"), Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            InterviewStore store = new InterviewStore(vault);
            for (int n = 0; n < texts.size(); n++) {
                store.insert(interview(n, texts.get(n)));
            }
            for (int n = 0; n < texts.size(); n++) {
                assertStored(vault, store, n, texts.get(n));
            }
            // Each one replaced by the next one's text: update goes the same way.
            for (int n = 0; n < texts.size(); n++) {
                String next = texts.get((n + 1) % texts.size());
                Interview stored = store.find(new UUID(9, n)).orElseThrow();
                assertEquals(InterviewStore.Update.Outcome.SAVED, store.update(stored.id(), stored.revision(),
                        consent -> stored.toBuilder().transcript(next).revision(stored.revision() + 1).build(),
                        "tester", Instant.now()).outcome());
                assertStored(vault, store, n, next);
            }
        }
    }

    private static void assertStored(Vault vault, InterviewStore store, int n, String expected) {
        UUID id = new UUID(9, n);
        assertEquals(expected, store.find(id).orElseThrow().transcript(), "transcript " + n);
        long chars = vault.read("test", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT CHAR_LENGTH(transcript) FROM interview WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertEquals(expected.length(), chars, "characters H2 counts in transcript " + n);
    }
}
