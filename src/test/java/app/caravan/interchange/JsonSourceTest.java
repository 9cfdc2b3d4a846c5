package app.caravan.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path (well-formed UTF-8 parsed from bytes) must accept exactly what the strict
 * decoder accepts and give the same tree; everything else still gets the located error.
 */
class JsonSourceTest {
    @Test
    void theUtf8CheckAgreesWithTheJdksStrictDecoder() {
        Random random = new Random(77);
        // Bytes near the edges of the UTF-8 table, where overlong forms, surrogates and
        // values past U+10FFFF live.
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : edges[random.nextInt(edges.length)]);
            }
            assertEquals(strictlyDecodes(bytes), JsonSource.isWellFormedUtf8(bytes, 0), java.util.HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void validDocumentsGiveTheSameTreeAsBefore() throws Exception {
        String json = "{\"a\":\"Ташкент — 😀\",\"b\":[1,2.5,true,null],\"c\":{\"d\":\"\\u0418\"}}";
        assertEquals(new ObjectMapper().readTree(json), JsonSource.parse(json.getBytes(StandardCharsets.UTF_8)));
        byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertEquals(new ObjectMapper().readTree(json), JsonSource.parse(withBom));
    }

    @Test
    void whatJacksonWouldReadAsUtf16IsStillRejected() {
        // "{}" in UTF-16BE is also valid UTF-8 (with NULs), which the strict path refuses.
        byte[] utf16 = {0, '{', 0, '}'};
        assertThrows(InterchangeException.class, () -> JsonSource.parse(utf16));
    }

    @Test
    void errorsAreLocatedInCharactersAsBefore() {
        byte[] bad = "{\"город\": \"Ташкент\",}".getBytes(StandardCharsets.UTF_8);
        InterchangeException e = assertThrows(InterchangeException.class, () -> JsonSource.parse(bad));
        assertEquals(true, e.getMessage().contains("column 21"), e.getMessage());
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
