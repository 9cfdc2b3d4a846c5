package app.caravan.app;

/** A save was based on a stale revision: somebody else saved the record in between. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
