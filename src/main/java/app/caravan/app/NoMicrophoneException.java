package app.caravan.app;

/** Recording was asked for, but this computer offers no audio capture line (no microphone, or it is busy). */
public class NoMicrophoneException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoMicrophoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
