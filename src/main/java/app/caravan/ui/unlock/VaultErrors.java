package app.caravan.ui.unlock;

import app.caravan.app.DemoVault;
import app.caravan.app.VaultAccessException;
import app.caravan.ui.common.I18n;

/** Translated, actionable messages for why a vault could not be created, opened or re-keyed. */
public final class VaultErrors {
    private VaultErrors() {
    }

    public static String message(VaultAccessException e, I18n i18n) {
        String path = e.path() == null ? "" : e.path().toString();
        return switch (e.reason()) {
            case WRONG_PASSPHRASE -> i18n.get("vault.error.wrongPassphrase");
            case IN_USE -> i18n.get("vault.error.inUse");
            case KEY_FILE_MISSING -> i18n.format("vault.error.keyFileMissing", path);
            case KEY_FILE_DAMAGED -> i18n.format("vault.error.keyFileDamaged", path);
            case NEWER_VERSION -> i18n.get("vault.error.newerVersion");
            case ALREADY_EXISTS -> i18n.format("vault.error.alreadyExists", path);
            case NOT_A_VAULT -> i18n.format("vault.error.notAVault", path);
            case UNSAFE_PATH -> i18n.format("vault.error.unsafePath", path);
            case DESTROYED -> i18n.format("vault.error.destroyed", path);
            case DATABASE_DAMAGED -> i18n.format("vault.error.databaseDamaged", i18n.problem(e));
            case RESERVED_PASSPHRASE -> i18n.format("vault.error.reservedPassphrase", DemoVault.PASSPHRASE);
            default -> i18n.format("vault.error.generic", i18n.problem(e));
        };
    }
}
