package app.caravan.app;

import java.nio.file.Path;

/** An unlocked vault and the use cases that work on it. Closing it locks the vault. */
public interface VaultSession extends AutoCloseable {
    Path directory();

    InterviewService interviews();

    VocabularyService vocabulary();

    InterchangeService interchange();

    SettingsService settings();

    /** Re-wraps the data key under the new passphrase; the database is not re-encrypted. */
    void changePassphrase(char[] current, char[] next) throws VaultAccessException;

    @Override
    void close();
}
