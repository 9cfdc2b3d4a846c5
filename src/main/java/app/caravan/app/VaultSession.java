package app.caravan.app;

import app.caravan.domain.Problem;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An unlocked vault and the use cases that work on it. Closing it locks the vault.
 *
 * <p>The services added for field capture have default implementations that throw
 * {@link UnsupportedOperationException}, so that test doubles written before them still
 * compile; the vault's own session provides all of them.
 */
public interface VaultSession extends AutoCloseable {
    Path directory();

    InterviewService interviews();

    VocabularyService vocabulary();

    InterchangeService interchange();

    SettingsService settings();

    /** Pseudonym proposals and collision warnings. */
    default PseudonymService pseudonyms() {
        throw new UnsupportedOperationException("pseudonyms are not supported by " + getClass().getName());
    }

    /** Audio, photos and documents of interviews, encrypted in the vault. */
    default AttachmentService attachments() {
        throw new UnsupportedOperationException("attachments are not supported by " + getClass().getName());
    }

    /** Loopback URLs for playing attachments without plaintext files; stopped when the session closes. */
    default AudioServer audio() {
        throw new UnsupportedOperationException("audio playback is not supported by " + getClass().getName());
    }

    /** Microphone recording into the vault. */
    default WavRecorder recorder() {
        throw new UnsupportedOperationException("recording is not supported by " + getClass().getName());
    }

    /** Full-text search in the vault's own encrypted index. */
    default SearchService search() {
        throw new UnsupportedOperationException("search is not supported by " + getClass().getName());
    }

    /** Review workflow, roles and anchored comments. */
    default ReviewService review() {
        throw new UnsupportedOperationException("review is not supported by " + getClass().getName());
    }

    /** The hash-chained audit log. */
    default AuditService audit() {
        throw new UnsupportedOperationException("the audit log is not supported by " + getClass().getName());
    }

    /** Saved library filters. */
    default LibraryService library() {
        throw new UnsupportedOperationException("saved filters are not supported by " + getClass().getName());
    }

    /** This device's keys for encrypted bundles and the desk recipients. */
    default KeysService keys() {
        throw new UnsupportedOperationException("device keys are not supported by " + getClass().getName());
    }

    /** The outbox of sealed bundles and their delivery to folder and WebDAV targets. */
    default SyncService sync() {
        throw new UnsupportedOperationException("sync is not supported by " + getClass().getName());
    }

    /** Sealing what changed into bundles for the desk. */
    default BundleService bundles() {
        throw new UnsupportedOperationException("bundles are not supported by " + getClass().getName());
    }

    /** Importing field devices' sealed bundles into this (desk) vault, and the sync conflicts. */
    default DeskImportService deskImport() {
        throw new UnsupportedOperationException("bundle import is not supported by " + getClass().getName());
    }

    /** Pulling bundles from the targets: field bundles at the desk, the desk's replies on a field device. */
    default InboxService inbox() {
        throw new UnsupportedOperationException("pulling bundles is not supported by " + getClass().getName());
    }

    /**
     * Syncing by itself (not started: the desktop app starts it, the command line does not);
     * closing the session stops it.
     */
    default AutoSync autoSync() {
        throw new UnsupportedOperationException("automatic sync is not supported by " + getClass().getName());
    }

    /** One whole sync: pull, seal the desk's replies, deliver. */
    default SyncRound syncRound() {
        throw new UnsupportedOperationException("sync is not supported by " + getClass().getName());
    }

    /** The anonymized research dataset: export, preview, and the editor's de-identification decisions. */
    default AnonymizedExportService anonymizedExport() {
        throw new UnsupportedOperationException("anonymized export is not supported by " + getClass().getName());
    }

    /**
     * {@code listener} hears, once and on the worker thread whose write failed, that the vault
     * closed under this session (its database gave up after writing to the disk failed: a full
     * disk, a removed stick), with the reason to show. The vault is locked by then: the key is
     * wiped and the vault can be unlocked again. Sessions that cannot lose their vault never call it.
     */
    default void onLost(Consumer<Problem> listener) {
        // Test doubles have no vault to lose.
    }

    /** True while the demo vault is open: the UI shows that its interviews are fictional. */
    default boolean isDemo() {
        return false;
    }

    /** Auto-lock time and the optional wipe after failed unlocks. */
    default LockSettings lockSettings() {
        throw new UnsupportedOperationException("lock settings are not supported by " + getClass().getName());
    }

    /**
     * Closes this session and crypto-erases its vault, as {@link VaultService#destroy}; the
     * confirmation is checked first, and nothing happens when it does not match.
     */
    default java.util.List<Path> destroy(String confirmation) throws VaultAccessException, InvalidInputException {
        throw new UnsupportedOperationException("destroying the vault is not supported by " + getClass().getName());
    }

    /** Re-wraps the data key under the new passphrase; the database is not re-encrypted. */
    void changePassphrase(char[] current, char[] next) throws VaultAccessException;

    @Override
    void close();
}
