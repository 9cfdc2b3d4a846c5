package app.caravan.anonymize;

import app.caravan.domain.City;
import app.caravan.domain.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the vocabulary's cities in text by name or alias, in any script and Russian case (в
 * Ташкенте, из Бишкека, в Санкт-Петербурге), and names their replacement by the place level.
 */
final class CityFinder {
    /** One spelling of a city: its words, each matched in any form; the first word is indexed. */
    private record Phrase(City city, List<NameForms<Boolean>> rest) {
    }

    private final PlaceLevel level;
    private final NameForms<Phrase> firstWords = new NameForms<>();

    CityFinder(Vocabulary vocabulary, PlaceLevel level) {
        this.level = level;
        for (City city : vocabulary.cities()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(city.name());
            spellings.addAll(city.aliases());
            for (String spelling : spellings) {
                List<String> words = Words.strings(spelling);
                if (words.isEmpty()) {
                    continue;
                }
                List<NameForms<Boolean>> rest = new ArrayList<>();
                for (String w : words.subList(1, words.size())) {
                    NameForms<Boolean> forms = new NameForms<>();
                    forms.add(w, Boolean.TRUE);
                    rest.add(forms);
                }
                Phrase phrase = new Phrase(city, rest);
                firstWords.rank(phrase);
                firstWords.add(words.get(0), phrase);
            }
        }
    }

    void find(String text, WordSpans words, Consumer<Candidate> out) {
        if (level == PlaceLevel.CITY || firstWords.isEmpty()) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> phrases = starts(words.known(i));
            if (phrases.isEmpty()) {
                continue;
            }
            int bestEnd = -1;
            City best = null;
            for (Phrase phrase : phrases) {
                int end = extend(text, words, i, phrase);
                if (end > bestEnd) {
                    bestEnd = end;
                    best = phrase.city();
                }
            }
            if (best != null) {
                out.accept(Candidate.of(words.start(i), bestEnd, Category.CITY, placeholder(best)));
            }
        }
    }

    /** The phrases a word may start, remembered with the word: the cities are the same for every text of an export. */
    @SuppressWarnings("unchecked")
    private List<Phrase> starts(WordKeys.Known word) {
        List<Phrase> found = (List<Phrase>) word.cityStarts();
        if (found == null) {
            found = List.copyOf(firstWords.matchAll(word.keys()));
            word.cityStarts(found);
        }
        return found;
    }

    /** End offset of the phrase matched from word {@code i}, or -1. */
    private static int extend(String text, WordSpans words, int i, Phrase phrase) {
        int last = i;
        for (NameForms<Boolean> next : phrase.rest()) {
            int j = last + 1;
            if (j >= words.size() || !Words.joined(text, words.end(last), words.start(j))
                    || next.match(words.known(j).keys()) == null) {
                return -1;
            }
            last = j;
        }
        return words.end(last);
    }

    /** The placeholder for a city at this finder's level; at CITY level (an editor's MARK) the country is named. */
    String placeholder(City city) {
        String where = level == PlaceLevel.REGION && !city.region().isBlank() ? city.region() : city.country();
        return where.isBlank() ? Category.CITY.plainPlaceholder() : "[CITY in " + where + "]";
    }
}
