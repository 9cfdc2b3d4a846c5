package app.caravan.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bundle sizes on the Sync page in the UI's language. */
class SizesTest {
    @Test
    void unitsAndDecimalsFollowTheLanguage() {
        assertEquals("812 B", Sizes.format(812, Locale.ENGLISH));
        assertEquals("14.2 KB", Sizes.format(14_541, Locale.ENGLISH));
        assertEquals("14,2 КБ", Sizes.format(14_541, Locale.forLanguageTag("ru")));
        assertEquals("3,1 МБ", Sizes.format(3_250_586, Locale.forLanguageTag("ru")));
    }
}
