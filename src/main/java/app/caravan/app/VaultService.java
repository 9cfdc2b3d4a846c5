package app.caravan.app;

import java.nio.file.Path;

/**
 * Creates and unlocks vaults. Passphrase arrays stay owned by the caller, who wipes them after
 * the call returns; implementations copy nothing into Strings.
 */
public interface VaultService {
    /** True when {@code directory} holds a vault (its key file exists). */
    boolean exists(Path directory);

    /** Creates a new, empty vault (seeded vocabularies) and returns it unlocked. */
    VaultSession create(Path directory, char[] passphrase) throws VaultAccessException;

    /** Unlocks an existing vault. */
    VaultSession open(Path directory, char[] passphrase) throws VaultAccessException;
}
