package app.caravan.anonymize;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the {@link NameForms#keys} of words already seen: transcripts repeat their words,
 * and keying (romanizing, normalizing) is the costly part of matching names. In memory only;
 * emptied when it grows past {@link #LIMIT} entries.
 */
final class WordKeys {
    private static final int LIMIT = 200_000;

    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    Set<String> of(String word) {
        Set<String> keys = cache.get(word);
        if (keys == null) {
            keys = Set.copyOf(NameForms.keys(word));
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(word, keys);
        }
        return keys;
    }
}
