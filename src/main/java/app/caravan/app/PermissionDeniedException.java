package app.caravan.app;

/** The vault's role may not do this (a field vault approving an interview); nothing changed. */
public final class PermissionDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
