package app.caravan.app;

import app.caravan.domain.Problem;
import java.util.UUID;

/**
 * A bundle was refused because its device has not been trusted yet. Carries what an editor must
 * compare with the field device before importing again with {@code fingerprint} confirmed.
 */
public final class UnknownDeviceException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final UUID deviceId;
    private final String fingerprint;

    public UnknownDeviceException(Problem problem, UUID deviceId, String fingerprint, Throwable cause) {
        super(problem, cause);
        this.deviceId = deviceId;
        this.fingerprint = fingerprint;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
