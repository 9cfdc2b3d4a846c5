package app.caravan.app;

import app.caravan.app.DeskImportService.ConflictDetail;
import app.caravan.domain.ConflictMerge;
import app.caravan.domain.Interview;
import app.caravan.domain.Problem;
import app.caravan.domain.TextMerge;
import app.caravan.interchange.InterchangeException;
import app.caravan.interchange.InterchangeReader;
import app.caravan.storage.ConflictStore;
import app.caravan.storage.ConflictStore.StoredConflict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/** The "merge text" resolution of sync conflicts, for {@link LocalDeskImportService}. */
final class ConflictMerging {
    private final ConflictStore store;
    private final LocalVocabularyService vocabulary;
    private final Clock clock;
    private final Supplier<String> actor;

    ConflictMerging(ConflictStore store, LocalVocabularyService vocabulary, Clock clock, Supplier<String> actor) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.actor = actor;
    }

    /** Both sides as they are now. */
    private record Sides(StoredConflict conflict, Interview desk, Interview incoming) {
    }

    ConflictDetail detail(UUID conflictId) {
        Sides sides = sides(conflictId);
        Interview desk = sides.desk();
        Interview incoming = sides.incoming();
        return new ConflictDetail(conflictId, desk.id(), sides.conflict().deviceId(), desk.pseudonym(),
                incoming.pseudonym(), desk.revision(), incoming.revision(), desk.transcript(), incoming.transcript(),
                TextMerge.merge(desk.transcript(), incoming.transcript()), desk.segments().size(),
                incoming.segments().size());
    }

    int keepMerged(UUID conflictId, String transcript) throws InvalidInputException {
        if (transcript == null) {
            throw new InvalidInputException(Problem.of("conflict.noTranscript", conflictId));
        }
        if (TextMerge.hasMarkers(transcript)) {
            throw new InvalidInputException(Problem.of("conflict.markers", conflictId,
                    TextMerge.MINE_MARKER, TextMerge.SEPARATOR, TextMerge.THEIRS_MARKER));
        }
        Sides sides = sides(conflictId);
        Instant now = clock.instant();
        // Greater than both sides', so an editor holding either old revision sees it as stale.
        long revision = Math.max(sides.desk().revision(), sides.incoming().revision()) + 1;
        ConflictMerge.Resolution merged = ConflictMerge.resolve(sides.desk(), sides.incoming(), transcript, revision,
                now);
        switch (store.applyMerged(conflictId, merged.interview(), sides.desk().revision(), actor.get(), now)) {
            case APPLIED:
                return merged.dropped();
            case DESK_CHANGED:
                throw new ConflictException(Problem.of("conflict.deskChanged", sides.desk().id(), conflictId));
            default:
                throw new NotFoundException(Problem.of("conflict.gone", conflictId));
        }
    }

    private Sides sides(UUID conflictId) {
        StoredConflict conflict = store.find(conflictId)
                .orElseThrow(() -> new NotFoundException(Problem.of("conflict.none", conflictId)));
        Interview desk = store.interview(conflict.interviewId())
                .orElseThrow(() -> new NotFoundException(Problem.of("conflict.interviewGone",
                        conflict.interviewId(), conflictId)));
        Interview incoming;
        try {
            incoming = new InterchangeReader(vocabulary.current(), clock)
                    .read(new ByteArrayInputStream(conflict.incomingJson().getBytes(StandardCharsets.UTF_8)))
                    .interviews().get(0).interview();
        } catch (InterchangeException e) {
            throw new IllegalStateException("The stored incoming version of sync conflict " + conflictId
                    + " cannot be read: " + e.getMessage(), e);
        }
        return new Sides(conflict, desk, incoming);
    }
}
