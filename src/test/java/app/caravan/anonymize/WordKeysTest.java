package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The word table answers by the word's place in a text: the same word anywhere, from any thread, is one entry. */
class WordKeysTest {
    @Test
    void aWordFoundInsideATextIsTheSameEntryAsTheWordAlone() {
        WordKeys keys = new WordKeys();
        String text = "Встретил Николаем и Nikolaj, потом Николаем снова";
        WordSpans spans = Words.spans(text);
        keys.knowAll(text, spans);
        assertSame(keys.known("Николаем"), spans.known(1));
        assertSame(spans.known(1), spans.known(5));
        assertArrayEquals(NameForms.keys("Nikolaj").toArray(String[]::new), spans.known(3).keys());
    }

    @Test
    void manyWordsFromSeveralThreadsEachKeepOneEntryAcrossGrowth() throws Exception {
        WordKeys keys = new WordKeys();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder("слово");
            for (int rest = i; rest > 0; rest /= 32) {
                word.append((char) ('а' + rest % 32));
            }
            words.add(word.toString());
        }
        String text = String.join(" ", words);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<WordSpans>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    WordSpans spans = Words.spans(text);
                    keys.knowAll(text, spans);
                    return spans;
                }));
            }
            for (Future<WordSpans> run : runs) {
                WordSpans spans = run.get();
                for (int i = 0; i < spans.size(); i++) {
                    String word = text.substring(spans.start(i), spans.end(i));
                    assertSame(keys.known(word), spans.known(i), word);
                    assertArrayEquals(NameForms.keys(word).toArray(String[]::new), spans.known(i).keys(), word);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
