package app.caravan.app;

/** The interview (or other record) asked for does not exist in this vault. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
