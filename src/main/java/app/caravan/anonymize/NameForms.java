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
    private static final Pattern J_AS_Y = Pattern.compile("(?<=[aeiouy])j(?![aeiouy])");
    /** John/Джон, Thomas/Томас, Smith/Смит. */
    private static final Pattern SILENT_H = Pattern.compile("(?<=[jt])h|(?<=jo)h(?=n)");
    private static final Pattern LONE_C = Pattern.compile("c(?!h)");

    private record Stem<P>(P payload, boolean full) {
    }

    private final Map<String, List<Stem<T>>> stems = new HashMap<>();

    /** Registers one word of a name; later words registered for the same stem lose to earlier ones. */
    void add(String word, T payload) {
        forms = null;
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
        return match(keys(word).toArray(String[]::new));
    }

    /** As {@link #match(String)}, for a word whose {@link #keys} are already known. */
    T match(String[] wordKeys) {
        Map<String, List<T>> all = forms();
        List<T> first = null;
        int best = Integer.MAX_VALUE;
        for (String key : wordKeys) {
            List<T> found = all.get(key);
            if (found != null && orders.get(found.get(0)) < best) {
                first = found;
                best = orders.get(found.get(0));
            }
        }
        return first == null ? null : first.get(0);
    }

    /** Every payload whose name word {@code word} is a form of, earliest registered first. */
    List<T> matchAll(String word) {
        return matchAll(keys(word).toArray(String[]::new));
    }

    /** As {@link #matchAll(String)}, for a word whose {@link #keys} are already known. */
    List<T> matchAll(String[] wordKeys) {
        Map<String, List<T>> all = forms();
        List<T> single = null;
        java.util.TreeMap<Integer, T> found = null;
        for (String key : wordKeys) {
            List<T> payloads = all.get(key);
            if (payloads == null) {
                continue;
            }
            if (single == null && found == null) {
                single = payloads;
                continue;
            }
            if (found == null) {
                found = new java.util.TreeMap<>();
                for (T t : single) {
                    found.put(orders.get(t), t);
                }
            }
            for (T t : payloads) {
                found.put(orders.get(t), t);
            }
        }
        return found != null ? new ArrayList<>(found.values()) : single == null ? List.of()
                : java.util.Collections.unmodifiableList(single);
    }

    /**
     * Every key a form of a registered word can have (a stem alone where it is a full key, a
     * stem with each ending it may take) → its payloads, earliest registered first. Matching a
     * word is then one look-up per key instead of cutting every possible ending off it; most
     * words of a text match nothing. Made on first use after the last {@link #add}.
     */
    private Map<String, List<T>> forms() {
        Map<String, List<T>> built = forms;
        if (built == null) {
            Map<String, List<T>> byForm = new HashMap<>(stems.size() * ENDINGS.size() * 2);
            stems.forEach((stem, entries) -> {
                for (Stem<T> s : entries) {
                    if (s.full()) {
                        addForm(byForm, stem, s.payload());
                    }
                    for (String ending : ENDINGS) {
                        if (stem.length() >= 3 || SHORT_STEM_ENDINGS.contains(ending)) {
                            addForm(byForm, stem + ending, s.payload());
                        }
                    }
                }
            });
            built = byForm;
            forms = built;
        }
        return built;
    }

    /** Keeps each form's payloads distinct and in registration order. */
    private void addForm(Map<String, List<T>> byForm, String form, T payload) {
        List<T> list = byForm.computeIfAbsent(form, k -> new ArrayList<>(1));
        int order = orders.get(payload);
        int at = 0;
        while (at < list.size() && orders.get(list.get(at)) < order) {
            at++;
        }
        if (at == list.size() || !list.get(at).equals(payload)) {
            list.add(at, payload);
        }
    }

    /** Derived from {@link #stems}; reset by {@link #add}, so concurrent readers after the last add share one. */
    private volatile Map<String, List<T>> forms;

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
