package app.caravan.anonymize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what was learnt about words already seen: their {@link NameForms#keys} and which
 * vocabulary city names they may start. Transcripts repeat their words, and keying (romanizing,
 * normalizing) is the costly part of matching names; one look-up per word of a text serves
 * every finder. In memory only; emptied when it grows past {@link #LIMIT} entries.
 */
final class WordKeys {
    private static final int LIMIT = 200_000;

    /** One distinct word: its keys, and the city phrases it may start once {@link CityFinder} asked. */
    static final class Known {
        private final Set<String> keys;
        private volatile List<?> cityStarts;

        private Known(Set<String> keys) {
            this.keys = keys;
        }

        Set<String> keys() {
            return keys;
        }

        /** Written and read by the one {@link CityFinder} of the same {@link Deidentifier}: its own phrases. */
        List<?> cityStarts() {
            return cityStarts;
        }

        void cityStarts(List<?> starts) {
            this.cityStarts = starts;
        }
    }

    private final Map<String, Known> cache = new ConcurrentHashMap<>();

    Set<String> of(String word) {
        return known(word).keys();
    }

    Known known(String word) {
        Known known = cache.get(word);
        if (known == null) {
            known = new Known(Set.copyOf(NameForms.keys(word)));
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(word, known);
        }
        return known;
    }
}
