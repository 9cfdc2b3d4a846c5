package app.caravan.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison keys for people's names, looser than {@link Transliteration#fold}: Nikolay,
 * Nikolai and Николай meet, and so do Natalya/Natalia/Наталья, Jasur/Жасур, Alexei/Aleksey and
 * Anna/Ana. Looser means a few more false alarms and never a missed clash, which is the safe
 * direction when a pseudonym must not point back to a real person.
 */
public final class PersonNames {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}'’ʻʼ]+");

    private PersonNames() {
    }

    /** The key of one word: folded, common transliteration variants evened out, doubled letters single. */
    public static String key(String word) {
        String k = Transliteration.fold(word)
                .replace("dzh", "j").replace("zh", "j").replace("dj", "j")
                .replace("ph", "f").replace("x", "ks").replace("w", "v")
                .replace("ya", "ia").replace("yu", "iu").replace("yo", "io").replace("ye", "e")
                .replace('y', 'i');
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The keys of every word of {@code name} with at least two letters ("Тимур Рахимов" →
     * timur, rahimov); initials are too ambiguous to count.
     */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        for (String word : WORD_BREAK.split(name.strip())) {
            String key = key(word);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        return keys;
    }
}
