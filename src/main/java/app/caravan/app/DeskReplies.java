package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeRecipient;
import app.caravan.domain.Acknowledgement;
import app.caravan.domain.OutboxBundle;
import app.caravan.domain.ReviewState;
import app.caravan.exchange.BundleContents;
import app.caravan.storage.BundleLedger;
import app.caravan.storage.ReviewSync;
import app.caravan.storage.ReviewSync.ReplyTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The desk's answers: for every trusted field device that said where answers go (its bundles'
 * {@code replyTo}), a bundle sealed to that device alone with the review states it does not have
 * yet and the acknowledgement of the bundles imported from it. It goes to {@code replies/<device>}
 * on the targets, where that device's sync picks it up.
 */
final class DeskReplies {
    private static final Logger LOG = Logger.getLogger(DeskReplies.class.getName());

    private final ReviewSync reviews;
    private final BundleLedger ledger;
    private final LocalKeysService keys;
    private final VocabularyService vocabulary;
    private final Clock clock;

    DeskReplies(ReviewSync reviews, BundleLedger ledger, LocalKeysService keys, VocabularyService vocabulary,
            Clock clock) {
        this.reviews = reviews;
        this.ledger = ledger;
        this.keys = keys;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** Seals one reply per device with news, through {@code bundles}' queue; in device order. */
    List<BundleService.Sealed> sealAll(LocalBundleService bundles, Path copyDir)
            throws InvalidInputException, IOException {
        List<BundleService.Sealed> out = new ArrayList<>();
        UUID own = keys.device().deviceId();
        for (ReplyTarget target : reviews.replyTargets()) {
            if (target.deviceId().equals(own)) {
                continue;
            }
            String peer = target.deviceId().toString();
            Map<UUID, String> shared = reviews.shared(peer);
            List<ReviewState> news = new ArrayList<>();
            for (ReviewState state : reviews.states(reviews.interviewsFrom(target.deviceId())).values()) {
                if (!state.stamp().equals(shared.get(state.interviewId()))) {
                    news.add(state);
                }
            }
            boolean acknowledge = target.importedSeq() > target.ackedSeq();
            if (news.isEmpty() && !acknowledge) {
                continue;
            }
            AgeRecipient to;
            try {
                to = AgeRecipient.parse(target.replyTo());
            } catch (AgeException e) {
                // Checked when the bundle naming it was read; a damaged row must not stop the others.
                LOG.warning("Device " + target.deviceId() + " has an unusable reply key; no reply sealed");
                continue;
            }
            long seq = ledger.reserve(List.of());
            List<Acknowledgement> acks = target.importedSeq() > 0
                    ? List.of(new Acknowledgement(target.deviceId(), target.importedSeq())) : List.of();
            BundleContents contents = new BundleContents(own, seq, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    vocabulary.current(), List.of(), List.of(), List.of(), List.of(), null, acks, news);
            String folder = OutboxBundle.repliesFolder(target.deviceId());
            Path copyTo = copyDir == null ? null
                    : copyDir.resolve("caravan-reply-" + target.deviceId() + "-" + seq + ".age");
            BundleService.Sealed sealed = bundles.queue(contents, (writer, c, o) -> writer.write(c, List.of(to), o),
                    folder, copyTo);
            reviews.share(news, peer);
            if (acknowledge) {
                reviews.acknowledged(target.deviceId(), target.importedSeq());
            }
            out.add(sealed);
        }
        return out;
    }
}
