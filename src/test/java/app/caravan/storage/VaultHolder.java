package app.caravan.storage;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link VaultLockAcrossProcessesTest}: opens the vault, says "OPEN",
 * and keeps it open until its standard input closes.
 */
public final class VaultHolder {
    private VaultHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Vault vault = Vault.open(Path.of(args[0]), args[1].toCharArray())) {
            System.out.println("OPEN " + vault.vaultId());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
    }
}
