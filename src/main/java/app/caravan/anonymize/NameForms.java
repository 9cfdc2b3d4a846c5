package app.caravan.anonymize;

import app.caravan.domain.PersonNames;
import app.caravan.domain.Transliteration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a name's word in text whatever its script, spelling or Russian case. Every word is
 * reduced to comparison keys (romanized, variants evened out: Николай, Nikolay, Nikolaj →
 * nikolai); a name word yields a few stems (nikolai, nikola) and a text word matches when its
 * key is a stem plus one of a closed set of Russian endings (Николаем → nikola + em). Only whole
 * words are compared and the remainder must be an ending, so Ян finds Яна but not январь.
 *
 * @param <T> what a matched word stands for (a person, a city name)
 */
final class NameForms<T> {
    /** Russian case endings as they look after romanizing and keying (ей → ei, ую → uiu, ым → im). */
    private static final Set<String> ENDINGS = Set.of("a", "ia", "u", "iu", "i", "e", "o", "oi", "ei", "om", "em",
            "im", "ah", "iah", "ami", "iami", "ih", "imi", "ogo", "ego", "omu", "emu", "uiu", "aia", "oe", "ee", "ie",
            "ii", "iei", "iem");
    /** Stems of two letters only take the commonest endings: short stems make loose matches. */
    private static final Set<String> SHORT_STEM_ENDINGS = Set.of("a", "ia", "u", "iu", "i", "e", "oi", "ei", "om", "em");
    private static final List<String> NOMINATIVE_ENDINGS = List.of("ia", "a", "i", "e", "o");
    private static final int LONGEST_ENDING = 4;
    private static final Pattern J_AS_Y = Pattern.compile("(?<=[aeiouy])j(?![aeiouy])");
    /** John/Джон, Thomas/Томас, Smith/Смит. */
    private static final Pattern SILENT_H = Pattern.compile("(?<=[jt])h|(?<=jo)h(?=n)");
    private static final Pattern LONE_C = Pattern.compile("c(?!h)");

    private record Stem<P>(P payload, boolean full) {
    }

    private final Map<String, List<Stem<T>>> stems = new HashMap<>();

    /** Registers one word of a name; later words registered for the same stem lose to earlier ones. */
    void add(String word, T payload) {
        rank(payload);
        for (String key : keys(word)) {
            if (key.length() < 2) {
                continue;
            }
            put(key, new Stem<>(payload, true));
            for (String ending : NOMINATIVE_ENDINGS) {
                if (key.endsWith(ending) && key.length() - ending.length() >= 2) {
                    put(key.substring(0, key.length() - ending.length()), new Stem<>(payload, false));
                }
            }
            String fleeting = withoutFleetingVowel(key);
            if (fleeting != null) {
                put(fleeting, new Stem<>(payload, false));
            }
        }
    }

    private void put(String stem, Stem<T> entry) {
        List<Stem<T>> list = stems.computeIfAbsent(stem, s -> new ArrayList<>(1));
        for (Stem<T> existing : list) {
            if (existing.payload().equals(entry.payload()) && existing.full() == entry.full()) {
                return;
            }
        }
        list.add(entry);
    }

    boolean isEmpty() {
        return stems.isEmpty();
    }

    /** The first registered payload whose name word {@code word} is a form of, or null. */
    T match(String word) {
        return match(keys(word));
    }

    /** As {@link #match(String)}, for a word whose {@link #keys} are already known. */
    T match(Set<String> wordKeys) {
        List<T> all = matchAll(wordKeys);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every payload whose name word {@code word} is a form of, earliest registered first. */
    List<T> matchAll(String word) {
        return matchAll(keys(word));
    }

    /** As {@link #matchAll(String)}, for a word whose {@link #keys} are already known. */
    List<T> matchAll(Set<String> wordKeys) {
        // Most words match nothing: the map is made on the first hit only.
        java.util.TreeMap<Integer, T> found = null;
        for (String key : wordKeys) {
            if (key.length() < 2) {
                continue;
            }
            for (int cut = 0; cut <= Math.min(LONGEST_ENDING, key.length() - 2); cut++) {
                String ending = key.substring(key.length() - cut);
                if (cut > 0 && !ENDINGS.contains(ending)) {
                    continue;
                }
                String stem = key.substring(0, key.length() - cut);
                List<Stem<T>> candidates = stems.get(stem);
                if (candidates == null) {
                    continue;
                }
                for (Stem<T> s : candidates) {
                    boolean ok = cut == 0 ? s.full() : stem.length() >= 3 || SHORT_STEM_ENDINGS.contains(ending);
                    if (ok) {
                        if (found == null) {
                            found = new java.util.TreeMap<>();
                        }
                        found.put(orders.get(s.payload()), s.payload());
                    }
                }
            }
        }
        return found == null ? List.of() : new ArrayList<>(found.values());
    }

    /** Written only while words are added, so concurrent matching afterwards only reads. */
    private final Map<T, Integer> orders = new HashMap<>();

    /** Registers payloads' precedence: the first ranked wins ties (the interviewee before people they mention). */
    void rank(T payload) {
        orders.putIfAbsent(payload, orders.size());
    }

    /**
     * The comparison keys of one word: {@link PersonNames#key} after evening out ё (yo → e),
     * й written j (Nikolaj) and the two readings of x (Xurshid/Хуршид, Alexei/Алексей) and c
     * (Cvetkov/Цветков, Carl/Карл), and the silent h of English names.
     */
    static Set<String> keys(String word) {
        String romanized = J_AS_Y.matcher(Transliteration.romanize(word).replace("yo", "e")).replaceAll("y");
        List<String> spellings = new ArrayList<>(4);
        spellings.add(romanized);
        if (SILENT_H.matcher(romanized).find()) {
            spellings.add(SILENT_H.matcher(romanized).replaceAll(""));
        }
        if (romanized.indexOf('x') >= 0) {
            for (int i = spellings.size() - 1; i >= 0; i--) {
                spellings.add(spellings.get(i).replace('x', 'h'));
            }
        }
        Set<String> keys = new LinkedHashSet<>(8);
        for (String spelling : spellings) {
            String key = PersonNames.key(spelling);
            keys.add(key);
            if (LONE_C.matcher(key).find()) {
                keys.add(LONE_C.matcher(key).replaceAll("ts"));
                keys.add(LONE_C.matcher(key).replaceAll("k"));
            }
        }
        return keys;
    }

    /**
     * Павел → pavl (Павла), Лев → lv (Льва): the e that drops out when such a name declines.
     * Limited to -el/-ev: a general rule would make Игорь meet игра.
     */
    private static String withoutFleetingVowel(String key) {
        int n = key.length();
        if (n >= 3 && (key.endsWith("el") || key.endsWith("ev")) && "aeiou".indexOf(key.charAt(n - 3)) < 0) {
            return key.substring(0, n - 2) + key.charAt(n - 1);
        }
        return null;
    }
}
