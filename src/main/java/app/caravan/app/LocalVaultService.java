package app.caravan.app;

import app.caravan.crypto.KdfParams;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultEraser;
import app.caravan.storage.VaultException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.DoubleConsumer;
import java.util.List;

/** Vaults on the local disk: the production {@link VaultService}. */
public final class LocalVaultService implements VaultService {
    private final KdfParams kdf;
    private final Clock clock;

    public LocalVaultService() {
        this(KdfParams.DEFAULT, Clock.systemDefaultZone());
    }

    /** With other Argon2id costs (tests that are not about the KDF use cheap ones) or a fixed clock. */
    public LocalVaultService(KdfParams kdf, Clock clock) {
        this.kdf = kdf;
        this.clock = clock;
    }

    @Override
    public boolean exists(Path directory) {
        return Vault.exists(directory);
    }

    /** Refuses the demo passphrase: it is published, and a real vault behind it would be open to anyone. */
    @Override
    public VaultSession create(Path directory, char[] passphrase) throws VaultAccessException {
        if (DemoVault.isDemoPassphrase(passphrase)) {
            throw DemoVault.reserved(directory);
        }
        return createUnchecked(directory, passphrase);
    }

    /** For {@link DemoVault} only, which is allowed its own passphrase. */
    VaultSession createUnchecked(Path directory, char[] passphrase) throws VaultAccessException {
        try {
            return session(Vault.create(directory, passphrase, kdf));
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    @Override
    public VaultSession open(Path directory, char[] passphrase) throws VaultAccessException {
        try {
            return session(Vault.open(directory, passphrase));
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    @Override
    public VaultSession openDemo(Path directory, DoubleConsumer progress) throws VaultAccessException {
        return new DemoVault(this, DemoVault.INTERVIEWS, DemoVault.REVIEW).openOrCreate(directory, progress);
    }

    @Override
    public List<Path> destroy(Path directory, String confirmation) throws VaultAccessException, InvalidInputException {
        VaultService.checkConfirmation(directory, confirmation);
        try {
            return VaultEraser.destroy(directory);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** The session sets up services and recovers interrupted attachments; if that fails, the vault is locked again. */
    private VaultSession session(Vault vault) {
        try {
            return new LocalVaultSession(vault, kdf, clock);
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    static VaultAccessException translate(VaultException e) {
        return new VaultAccessException(VaultAccessException.Reason.valueOf(e.kind().name()), e.path(),
                e.getMessage(), e);
    }
}
