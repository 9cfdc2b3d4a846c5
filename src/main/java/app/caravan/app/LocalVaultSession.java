package app.caravan.app;

import app.caravan.crypto.KdfParams;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.SettingsStore;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultException;
import app.caravan.storage.VocabularyStore;
import java.nio.file.Path;
import java.time.Clock;

/** An unlocked local vault and its use cases (composition of stores and services). */
final class LocalVaultSession implements VaultSession {
    private final Vault vault;
    private final KdfParams kdf;
    private final LocalVocabularyService vocabulary;
    private final LocalSettingsService settings;
    private final LocalInterviewService interviews;
    private final LocalInterchangeService interchange;

    LocalVaultSession(Vault vault, KdfParams kdf, Clock clock) {
        this.vault = vault;
        this.kdf = kdf;
        InterviewStore interviewStore = new InterviewStore(vault);
        this.vocabulary = new LocalVocabularyService(new VocabularyStore(vault));
        this.settings = new LocalSettingsService(new SettingsStore(vault));
        this.interviews = new LocalInterviewService(interviewStore, settings, clock);
        this.interchange = new LocalInterchangeService(interviewStore, vocabulary, clock);
    }

    @Override
    public Path directory() {
        return vault.directory();
    }

    @Override
    public InterviewService interviews() {
        return interviews;
    }

    @Override
    public VocabularyService vocabulary() {
        return vocabulary;
    }

    @Override
    public InterchangeService interchange() {
        return interchange;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public void changePassphrase(char[] current, char[] next) throws VaultAccessException {
        try {
            vault.changePassphrase(current, next, kdf);
        } catch (VaultException e) {
            throw LocalVaultService.translate(e);
        }
    }

    @Override
    public void close() {
        vault.close();
    }
}
