package app.caravan.app;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.List;

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

    /**
     * Crypto-erases the vault in {@code directory} (not open anywhere): overwrites and deletes
     * its key file, then deletes the database and everything else Caravan wrote there. No
     * passphrase opens anything afterwards. Returns the files in the folder Caravan did not write.
     *
     * @param confirmation must be {@link #confirmationWord(Path)}, typed by the user
     * @throws InvalidInputException when the confirmation does not match; nothing was touched
     */
    default List<Path> destroy(Path directory, String confirmation) throws VaultAccessException, InvalidInputException {
        throw new UnsupportedOperationException("destroying vaults is not supported by " + getClass().getName());
    }

    /** What the user types to confirm destroying the vault in {@code directory}: the folder's name. */
    static String confirmationWord(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return name == null ? directory.toAbsolutePath().toString() : name.toString();
    }

    /** Refuses unless {@code confirmation} is exactly the vault folder's name. */
    static void checkConfirmation(Path directory, String confirmation) throws InvalidInputException {
        String word = confirmationWord(directory);
        if (!word.equals(confirmation)) {
            throw new InvalidInputException("Not destroyed: to destroy the vault in " + directory.toAbsolutePath()
                    + ", confirm with its folder name \"" + word + "\"");
        }
    }
}
