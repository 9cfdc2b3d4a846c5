package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.Vault;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search through the vault session: wired to every save, and built once for vaults that predate it. */
class SearchSessionTest {
    @TempDir
    Path temp;

    @Test
    void savesThroughTheSessionAreSearchableAtOnce() throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Interview timur = Fixtures.consentedInterview(session);
            session.interviews().save(timur.toBuilder().transcript("Уехали в Самарканд осенью").build());

            SearchResult found = session.search().search("samarkand", null, 10);
            assertEquals(List.of(timur.id()), found.hits().stream().map(SearchHit::interviewId).toList());

            session.interviews().delete(timur.id());
            assertTrue(session.search().search("samarkand", null, 10).hits().isEmpty());
        }
    }

    @Test
    void aVaultWithInterviewsButNoIndexIsIndexedWhenOpened() throws Exception {
        Path dir = temp.resolve("old");
        UUID id = UUID.randomUUID();
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            // A store nobody listens to, like a vault written before the index existed.
            new InterviewStore(vault).insert(Interview.builder(id, "Olga", OffsetDateTime.parse("2022-09-30T10:00:00Z"))
                    .consent(Consent.NONE.withParticipation(true))
                    .transcript("Пересекли границу в Верхнем Ларсе")
                    .build());
        }

        try (VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            SearchResult found = session.search().search("ларс*", null, 10);
            assertEquals(List.of(id), found.hits().stream().map(SearchHit::interviewId).toList());
            assertEquals("Ларсе", "Пересекли границу в Верхнем Ларсе".substring(found.hits().get(0).matches().get(0).start(),
                    found.hits().get(0).matches().get(0).end()));
        }
    }
}
