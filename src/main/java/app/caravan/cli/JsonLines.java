package app.caravan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line's JSON writer (for {@code --json}), made on first use. picocli instantiates
 * every command when the command line is built, also when it then starts the desktop app; an
 * ObjectMapper in a command's static field loaded about 375 Jackson classes (some 140 ms) before
 * the first window could show.
 */
final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }
}
