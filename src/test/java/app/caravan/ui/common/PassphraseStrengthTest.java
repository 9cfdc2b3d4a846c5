package app.caravan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassphraseStrengthTest {
    @Test
    void gradesByLengthAndCharacterClasses() {
        assertEquals(PassphraseStrength.EMPTY, PassphraseStrength.of(""));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("Ab1!"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("password"));
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("Passw0rd"));
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("Passw0rd!"), "short stays fair");
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("samarkandtashkent"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("correct horse battery staple"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("Самарканд 2022 кофе"));
    }

    @Test
    void acceptsFromEightCharacters() {
        assertFalse(PassphraseStrength.isAcceptable("1234567"));
        assertTrue(PassphraseStrength.isAcceptable("12345678"));
    }

    @Test
    void comparesPassphrasesWithoutStrings() {
        assertTrue(Passphrases.sameCharacters(new StringBuilder("abc"), "abc"));
        assertFalse(Passphrases.sameCharacters("abc", "abd"));
        assertFalse(Passphrases.sameCharacters("abc", "abcd"));
        char[] chars = Passphrases.copy("secret");
        Passphrases.wipe(chars);
        assertEquals("\0\0\0\0\0\0", new String(chars));
    }
}
