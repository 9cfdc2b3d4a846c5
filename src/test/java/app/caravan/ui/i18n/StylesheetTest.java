package app.caravan.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses cleanly. JavaFX skips a broken rule silently at run time (a lost
 * closing brace once swallowed every rule after it), so the build has to say it.
 */
class StylesheetTest {
    private static final String SHEET = "/app/caravan/ui/caravan.css";

    @Test
    void everyRuleIsClosedAndParsesWithoutErrors() throws IOException {
        URL url = StylesheetTest.class.getResource(SHEET);
        String css;
        try (InputStream in = url.openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            line += c == '\n' ? 1 : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth == 0 || depth == 1, "unbalanced brace near line " + line + " of " + SHEET);
        }
        assertEquals(0, depth, "a rule of " + SHEET + " is never closed");

        CssParser.errorsProperty().clear();
        new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(List.of(), errors);
    }
}
