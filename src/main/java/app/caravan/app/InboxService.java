package app.caravan.app;

import app.caravan.domain.Localized;
import app.caravan.domain.Problem;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Pulling bundles from the targets: at the desk, the field devices' bundles in a target's root;
 * on a field device, the desk's replies in {@code replies/<this device>}. Each file is imported
 * on its own (one transaction each, like {@link DeskImportService}). Vault and network work:
 * call off the FX thread.
 */
public interface InboxService {
    enum Outcome {
        /** Imported now. */
        IMPORTED,
        /** From a device not trusted yet: confirm its fingerprint, then it is imported on the next pull. */
        UNTRUSTED,
        /** Refused for a reason that will not go away (not for this vault, damaged, a replay): not tried again. */
        REFUSED,
        /** Could not be read now (network, file system); tried again next time. */
        FAILED
    }

    /**
     * One file on one target; {@code detail} is the one-line reason, or the import's summary.
     * {@code sender} and {@code fingerprint} name the device when it is {@link Outcome#UNTRUSTED}
     * (for the confirmation a person gives), else they are null.
     */
    record Line(String target, String name, Outcome outcome, String detail, DeskImportService.Result result,
            UUID sender, String fingerprint, Problem problem) {
        public Line(String target, String name, Outcome outcome, String detail, DeskImportService.Result result) {
            this(target, name, outcome, detail, result, null, null, null);
        }

        public Line(String target, String name, Outcome outcome, String detail, DeskImportService.Result result,
                UUID sender, String fingerprint) {
            this(target, name, outcome, detail, result, sender, fingerprint, null);
        }

        /** A refusal or failure whose reason the UI can show in its own language. */
        public static Line because(String target, String name, Outcome outcome, Exception e) {
            Problem problem = e instanceof Localized localized ? localized.problem() : null;
            return new Line(target, name, outcome, e.getMessage(), null, null, null, problem);
        }
    }

    record PullReport(List<Line> lines) {
        public PullReport {
            lines = List.copyOf(lines);
        }

        public long count(Outcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }
    }

    /**
     * Pulls and imports every new bundle from every reachable target.
     *
     * @param trustedFingerprint a signing fingerprint a person confirmed for a device seen for the
     *     first time (see {@link Outcome#UNTRUSTED}), or null
     */
    PullReport pull(BooleanSupplier cancelled, String trustedFingerprint);
}
