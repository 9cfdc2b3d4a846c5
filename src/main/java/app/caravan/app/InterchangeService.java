package app.caravan.app;

import java.nio.file.Path;

/** Caravan interchange JSON v1 (see DESIGN.md): all-or-nothing import, lossless export. */
public interface InterchangeService {
    /** Validates the whole file, then imports every interview in one transaction, or nothing. */
    ImportReport importFile(Path file) throws InvalidInputException;

    /** Writes the whole vault, identities included, atomically; returns the number of interviews. */
    int exportFile(Path file);
}
