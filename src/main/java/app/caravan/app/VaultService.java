package app.caravan.app;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

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

    /**
     * Opens the demo vault in {@code directory}, building it first when it is not there yet
     * (see {@link DemoVault}); {@code progress} hears fractions from 0 to 1 while it is built.
     */
    default VaultSession openDemo(Path directory, DoubleConsumer progress) throws VaultAccessException {
        throw new UnsupportedOperationException("the demo vault is not supported by " + getClass().getName());
    }
}
