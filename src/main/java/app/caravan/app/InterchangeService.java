package app.caravan.app;

import java.io.InputStream;
import java.nio.file.Path;

/** Caravan interchange JSON v1 (see DESIGN.md): all-or-nothing import, lossless export. */
public interface InterchangeService {
    /** Validates the whole file, then imports every interview in one transaction, or nothing. */
    ImportReport importFile(Path file) throws InvalidInputException;

    /**
     * Like {@link #importFile}, from a stream (read to its end, not closed) that has no file on
     * disk, such as a resource in the jar; {@code name} stands for the file in error messages.
     */
    default ImportReport importStream(String name, InputStream in) throws InvalidInputException {
        throw new UnsupportedOperationException("importing a stream is not supported by " + getClass().getName());
    }

    /** Writes the whole vault, identities included, atomically; returns the number of interviews. */
    int exportFile(Path file);
}
