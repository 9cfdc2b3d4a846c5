package app.caravan.cli;

import app.caravan.app.InvalidInputException;
import app.caravan.app.KeysService;
import app.caravan.app.VaultSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "identity", description = {"Prints this device's keys for encrypted bundles: the age recipient"
        + " (age1…) that desk bundles are encrypted to, and the fingerprint of the key that signs this"
        + " device's bundles. Compare the fingerprint in person before trusting a device.",
    "'identity export --out FILE' writes the secret age identity as an identity file for the age command"
        + " line, readable by its owner only; it never overwrites a file."})
final class IdentityCommand extends VaultCommand {
    enum Action {
        show, export
    }

    @Parameters(arity = "0..1", paramLabel = "show|export", description = "What to do (default: show).")
    Action action;

    @Option(names = "--out", paramLabel = "FILE", description = "Where 'export' writes the identity file.")
    Path out;

    @Override
    int run(VaultSession session) throws Exception {
        KeysService.DeviceIdentity device = session.keys().device();
        if (action == Action.export) {
            export(session, device);
            return 0;
        }
        out().println(say("identity.device", device.deviceId()));
        out().println(say("identity.recipient", device.recipient()));
        out().println(say("identity.fingerprint", device.fingerprint()));
        return 0;
    }

    /** Created owner-only from the start (no window where others could read it), fsynced before "written". */
    private void export(VaultSession session, KeysService.DeviceIdentity device) throws InvalidInputException {
        if (out == null) {
            throw new InvalidInputException("identity export needs --out FILE");
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        char[] secret = session.keys().exportIdentity();
        byte[] line = new byte[secret.length + 1];
        try {
            for (int i = 0; i < secret.length; i++) {
                line[i] = (byte) secret[i];
            }
            line[secret.length] = '\n';
            try (FileChannel channel = FileChannel.open(out, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly);
                    OutputStream stream = Channels.newOutputStream(channel)) {
                stream.write(("# caravan device " + device.deviceId() + "\n# public key: " + device.recipient() + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                stream.write(line);
                stream.flush();
                channel.force(true);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(out + ": already exists; the identity is never written over a file");
        } catch (IOException e) {
            throw new InvalidInputException(out + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(line, (byte) 0);
        }
        out().println(say("identity.wrote", device.deviceId(), out));
    }
}
