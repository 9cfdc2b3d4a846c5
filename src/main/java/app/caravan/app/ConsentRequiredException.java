package app.caravan.app;

/**
 * A save or an attachment needs a consent the interviewee has not given. {@link #use()} says
 * which, so the editor can explain it in the user's language; the message is a complete
 * English sentence for the CLI and logs.
 */
public class ConsentRequiredException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The consent that is missing. */
    public enum Use {
        PARTICIPATION,
        VERBATIM_QUOTES,
        AUDIO_RECORDING
    }

    private final Use use;

    public ConsentRequiredException(Use use, String message) {
        super(message);
        this.use = use;
    }

    public Use use() {
        return use;
    }
}
