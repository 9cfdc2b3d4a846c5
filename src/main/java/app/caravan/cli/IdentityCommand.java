package app.caravan.cli;

import app.caravan.app.KeysService;
import app.caravan.app.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "identity", description = {"Prints this device's keys for encrypted bundles: the age recipient"
        + " (age1…) that desk bundles are encrypted to, and the fingerprint of the key that signs this"
        + " device's bundles. Compare the fingerprint in person before trusting a device."})
final class IdentityCommand extends VaultCommand {
    enum Action {
        show
    }

    @Parameters(arity = "0..1", paramLabel = "show", description = "What to do (default: show).")
    Action action;

    @Override
    int run(VaultSession session) {
        KeysService.DeviceIdentity device = session.keys().device();
        out().println("device:      " + device.deviceId());
        out().println("recipient:   " + device.recipient());
        out().println("fingerprint: " + device.fingerprint());
        return 0;
    }
}
