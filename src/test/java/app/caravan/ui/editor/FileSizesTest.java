package app.caravan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Byte sizes read as the UI's language writes them: number format and unit names. */
class FileSizesTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void englishAndRussianDifferInDecimalsAndUnits() {
        assertEquals("512 B", FileSizes.format(512, Locale.ENGLISH));
        assertEquals("512 Б", FileSizes.format(512, RU));
        assertEquals("3.4 KB", FileSizes.format(3_400, Locale.ENGLISH));
        assertEquals("3,4 КБ", FileSizes.format(3_400, RU));
        assertEquals("125 МБ", FileSizes.format(125_000_000, RU));
        assertEquals("2 ТБ", FileSizes.format(2_000_000_000_000L, RU));
    }
}
