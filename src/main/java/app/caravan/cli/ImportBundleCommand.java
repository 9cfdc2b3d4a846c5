package app.caravan.cli;

import app.caravan.app.DeskImportService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.VaultSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-bundle", description = {"Imports a field device's sealed bundle into this (desk) vault,"
        + " all or nothing.",
    "A device seen for the first time is refused with its signing fingerprint: compare it with the device"
        + " (caravan identity on it), then import again with --trust FINGERPRINT."})
final class ImportBundleCommand extends VaultCommand {
    @Parameters(paramLabel = "FILE", description = "The sealed bundle (.age).")
    Path file;

    @Option(names = "--identity", paramLabel = "FILE",
            description = "An age identity file to decrypt with (default: this vault's own identity).")
    Path identityFile;

    @Option(names = "--trust", paramLabel = "FINGERPRINT",
            description = "The signing fingerprint you confirmed for a device seen for the first time.")
    String trust;

    @Option(names = "--bundle-passphrase", description = "The bundle was sealed to a passphrase (courier hand-over):"
            + " read it from --bundle-passphrase-file, CARAVAN_BUNDLE_PASSPHRASE or the terminal.")
    boolean withPassphrase;

    @Option(names = "--bundle-passphrase-file", paramLabel = "FILE",
            description = "Open the bundle with the passphrase on the first line of FILE (implies --bundle-passphrase).")
    Path passphraseFile;

    @Override
    int run(VaultSession session) throws Exception {
        boolean passphrase = withPassphrase || passphraseFile != null;
        if (passphrase && identityFile != null) {
            throw new InvalidInputException("--identity and a bundle passphrase exclude each other");
        }
        char[] identity = passphrase ? root.passphrases.readBundle(passphraseFile, false)
                : identityFile == null ? null : readIdentity(identityFile);
        DeskImportService.Result result;
        try (InputStream in = Files.newInputStream(file)) {
            result = passphrase ? session.deskImport().importBundleWithPassphrase(in, identity, trust)
                    : session.deskImport().importBundle(in, identity, trust);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } finally {
            if (identity != null) {
                Arrays.fill(identity, '\0');
            }
        }
        if (result.alreadyImported()) {
            out().println(say("importBundle.again", result.sequence(), result.deviceId(), result.fingerprint()));
            return 0;
        }
        out().println(say("importBundle.done", result.sequence(), result.deviceId(), result.fingerprint(),
                result.added(), result.updated(), result.withdrawn(), result.conflicts()));
        return 0;
    }

    private static char[] readIdentity(Path path) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path + ": no such identity file");
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        Arrays.fill(bytes, (byte) 0);
        return chars;
    }
}
