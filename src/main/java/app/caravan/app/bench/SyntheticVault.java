package app.caravan.app.bench;

import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.storage.InterviewEvents;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.SearchIndex;
import app.caravan.storage.Vault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Fills a vault with the synthetic corpus through the app's own store and search index listener,
 * in transactions of {@value #BATCH}, as every benchmark builds its vault.
 */
final class SyntheticVault {
    static final int BATCH = 1_000;

    /** Sees each batch before it is stored, e.g. to write its plaintext for a baseline. */
    interface BatchListener {
        void batch(int number, List<Interview> interviews) throws IOException;
    }

    private SyntheticVault() {
    }

    static SearchIndex.Stats fill(Vault vault, long seed, int interviews, BatchListener listener,
            Consumer<String> progress) throws IOException {
        return fill(vault, seed, interviews, listener, progress, i -> new IdentifiedInterview(i, Identity.EMPTY));
    }

    /** Like {@link #fill(Vault, long, int, BatchListener, Consumer)}, each corpus interview first reworked by {@code rework}. */
    static SearchIndex.Stats fill(Vault vault, long seed, int interviews, BatchListener listener,
            Consumer<String> progress, Function<Interview, IdentifiedInterview> rework) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        InterviewEvents events = new InterviewEvents();
        SearchIndex index = new SearchIndex(vault);
        events.add(index);
        InterviewStore store = new InterviewStore(vault, events);
        for (int from = 0; from < interviews; from += BATCH) {
            int to = Math.min(interviews, from + BATCH);
            List<IdentifiedInterview> batch = new ArrayList<>(to - from);
            for (int n = from; n < to; n++) {
                batch.add(rework.apply(corpus.interview(n)));
            }
            listener.batch(from / BATCH, batch.stream().map(IdentifiedInterview::interview).toList());
            store.importAll(List.of(), List.of(), List.of(), batch);
            progress.accept("built " + to + " of " + interviews);
        }
        return index.stats();
    }
}
