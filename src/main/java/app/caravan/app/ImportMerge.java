package app.caravan.app;

import app.caravan.crypto.Ed25519;
import app.caravan.domain.Acknowledgement;
import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Problem;
import app.caravan.domain.Profession;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Theme;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.Bundle;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleManifest;
import app.caravan.interchange.InterchangeWriter;
import app.caravan.storage.AttachmentStore;
import app.caravan.storage.DeskSyncStore;
import app.caravan.storage.DeskSyncStore.Merge;
import app.caravan.storage.ReviewSync;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Merges a bundle into the import transaction while {@link BundlePipe} is still reading it:
 * each interview as it arrives, the rest (withdrawals, attachments, reviews) once the whole
 * bundle verified. A replay is noticed at the manifest but refused only after the bundle was
 * read to its end, so a damaged copy of a bundle seen before is still reported as damaged.
 */
final class ImportMerge {
    /** Unwinds the import transaction (rolling it back) and carries the reason out of it. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient Problem problem;

        Refused(Problem problem, Throwable cause) {
            super(problem == null ? cause.getMessage() : problem.english(), cause, false, false);
            this.problem = problem;
        }
    }

    /** Unwinds the transaction of a bundle seen before: rolling back drops its staged attachments. */
    static final class Again extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient DeskImportService.Result result;

        Again(DeskImportService.Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private final DeskSyncStore.Tx tx;
    private final Vocabulary base;
    private final UUID ownDevice;
    private final String actor;
    private final Instant now;
    private BundleManifest manifest;
    private Vocabulary merged;
    private RuntimeException refusal;
    private boolean reviewsFollow;
    /** Interviews whose status may yield to this vault's later one: merged once review.json is read. */
    private final List<IdentifiedInterview> deferred = new ArrayList<>();
    private int added;
    private int updated;
    private int conflicts;

    ImportMerge(DeskSyncStore.Tx tx, Vocabulary base, UUID ownDevice, String actor, Instant now) {
        this.tx = tx;
        this.base = base;
        this.ownDevice = ownDevice;
        this.actor = actor;
        this.now = now;
    }

    DeskImportService.Result run(BundlePipe pipe) throws BundleException {
        Bundle bundle = null;
        while (bundle == null) {
            BundlePipe.Item item = pipe.next();
            if (item instanceof BundlePipe.Begin begin) {
                begin(begin);
            } else if (item instanceof BundlePipe.Read read && refusal == null) {
                IdentifiedInterview incoming = read.interview();
                if (reviewsFollow && tx.reviewState(incoming.interview().id()).isPresent()) {
                    deferred.add(incoming);
                } else {
                    merge(incoming);
                }
            } else if (item instanceof BundlePipe.Done done) {
                bundle = done.bundle();
            }
        }
        if (refusal != null) {
            throw refusal;
        }
        return rest(bundle);
    }

    private void begin(BundlePipe.Begin begin) {
        BundleManifest m = begin.manifest();
        manifest = m;
        String digest = LocalDeskImportService.digest(m);
        var last = tx.lastImport(m.deviceId());
        if (last.isPresent() && last.get().sequence() >= m.sequence()) {
            if (last.get().sequence() == m.sequence() && last.get().manifestSha256().equals(digest)) {
                refusal = new Again(new DeskImportService.Result(m.deviceId(), fingerprint(m), m.sequence(), true, 0, 0,
                        0, 0, 0, 0));
            } else {
                refusal = new Refused(Problem.of("import.replay", m.sequence(), m.deviceId(),
                        last.get().sequence()), null);
            }
            return;
        }
        tx.addVocabulary(begin.newCities(), begin.newProfessions(), begin.newThemes());
        merged = merged(base, begin.newCities(), begin.newProfessions(), begin.newThemes());
        reviewsFollow = m.carriesReviews();
    }

    private void merge(IdentifiedInterview incoming) {
        Merge outcome = tx.merge(incoming, manifest.deviceId(), () -> json(incoming, merged), actor, now);
        added += outcome == Merge.NEW ? 1 : 0;
        updated += outcome == Merge.UPDATED ? 1 : 0;
        conflicts += outcome == Merge.CONFLICT ? 1 : 0;
    }

    private DeskImportService.Result rest(Bundle bundle) {
        BundleManifest m = bundle.manifest();
        Map<UUID, ReviewState> reviews = new HashMap<>();
        bundle.reviews().forEach(r -> reviews.put(r.interviewId(), r));
        for (IdentifiedInterview given : deferred) {
            merge(keepLaterStatus(tx, given, reviews.get(given.interview().id())));
        }
        int withdrawn = 0;
        for (UUID id : bundle.withdrawn()) {
            withdrawn += tx.withdraw(id, null, actor, now) ? 1 : 0;
        }
        for (Tombstone t : bundle.tombstones()) {
            withdrawn += tx.withdraw(t.interviewId(), t.withdrawnAt(), actor, now) ? 1 : 0;
        }
        for (var attachment : bundle.attachments()) {
            tx.storeAttachment(attachment, AttachmentStore.DEFAULT_PART_SIZE);
        }
        // A bundle that names where answers go comes from a field device; the others are a desk's replies.
        String peer = m.replyTo() != null ? m.deviceId().toString() : ReviewSync.DESK_PEER;
        if (m.replyTo() != null) {
            tx.replyTo(m.deviceId(), m.replyTo());
        }
        int reviewed = 0;
        for (ReviewState review : bundle.reviews()) {
            reviewed += tx.applyReview(review, peer, now) ? 1 : 0;
        }
        int acknowledged = 0;
        for (Acknowledgement ack : bundle.acknowledged()) {
            if (ack.deviceId().equals(ownDevice)) {
                acknowledged += tx.acknowledge(ownDevice.toString(), ack.sequence());
            }
        }
        tx.recordImport(m.deviceId(), m.sequence(), LocalDeskImportService.digest(m), now);
        return new DeskImportService.Result(m.deviceId(), bundle.signerFingerprint(), m.sequence(), false, added,
                updated, withdrawn, conflicts, reviewed, acknowledged);
    }

    private static String fingerprint(BundleManifest m) {
        return Ed25519.fingerprint(m.signingKey());
    }

    /**
     * The later status step wins on both sides (domain.ReviewState): when this vault moved the
     * status after the sender did, say an editor approved while the interviewer's edit was on its
     * way, the incoming version keeps this vault's status.
     */
    private static IdentifiedInterview keepLaterStatus(DeskSyncStore.Tx tx, IdentifiedInterview incoming,
            ReviewState review) {
        if (review == null) {
            return incoming;
        }
        Optional<ReviewState> local = tx.reviewState(review.interviewId());
        if (local.isEmpty() || local.get().status() == incoming.interview().status()
                || !local.get().statusChangedAt().isAfter(review.statusChangedAt())) {
            return incoming;
        }
        return new IdentifiedInterview(incoming.interview().toBuilder().status(local.get().status()).build(),
                incoming.identity());
    }

    private static Vocabulary merged(Vocabulary base, List<City> newCities, List<Profession> newProfessions,
            List<Theme> newThemes) {
        List<City> cities = new ArrayList<>(base.cities());
        cities.addAll(newCities);
        List<Profession> professions = new ArrayList<>(base.professions());
        professions.addAll(newProfessions);
        List<Theme> themes = new ArrayList<>(base.themes());
        themes.addAll(newThemes);
        return new Vocabulary(cities, professions, themes);
    }

    private static String json(IdentifiedInterview interview, Vocabulary vocabulary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InterchangeWriter().write(out, List.of(interview), vocabulary);
        return out.toString(StandardCharsets.UTF_8);
    }
}
