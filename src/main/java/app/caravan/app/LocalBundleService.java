package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgePassphrase;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Secrets;
import app.caravan.domain.Attachment;
import app.caravan.domain.DeskRecipient;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Problem;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.BundleAttachment;
import app.caravan.exchange.BundleContents;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleWriter;
import app.caravan.storage.AttachmentStore;
import app.caravan.storage.BundleLedger;
import app.caravan.storage.BundleLedger.InterviewStamp;
import app.caravan.storage.BundleLedger.Item;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.ReviewSync;
import app.caravan.storage.TombstoneStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link BundleService} on the vault: decides what changed from the ledger of earlier bundles,
 * seals it with {@link BundleWriter} into a temporary file that only ever holds encrypted bytes,
 * and hands that to the outbox.
 */
final class LocalBundleService implements BundleService {
    static final String INTERVIEW = "interview";
    static final String IDENTITY = "identity";
    static final String WITHDRAWAL = "withdrawal";
    static final String TOMBSTONE = "tombstone";
    static final String ATTACHMENT = "attachment";
    static final String VOCABULARY = "vocabulary";

    private final BundleLedger ledger;
    private final ReviewSync reviewSync;
    private final DeskReplies replies;
    private final InterviewStore interviews;
    private final TombstoneStore tombstones;
    private final AttachmentStore attachments;
    private final VocabularyService vocabulary;
    private final LocalKeysService keys;
    private final SyncService sync;
    private final Path vaultDirectory;
    private final Clock clock;
    /** age's default outside tests, which turn it down because each derivation costs 256 MiB and a second. */
    int passphraseWorkFactor = AgePassphrase.DEFAULT_WORK_FACTOR;

    LocalBundleService(BundleLedger ledger, ReviewSync reviewSync, InterviewStore interviews, TombstoneStore tombstones,
            AttachmentStore attachments, VocabularyService vocabulary, LocalKeysService keys, SyncService sync,
            Path vaultDirectory, Clock clock) {
        this.ledger = ledger;
        this.reviewSync = reviewSync;
        this.interviews = interviews;
        this.tombstones = tombstones;
        this.attachments = attachments;
        this.vocabulary = vocabulary;
        this.keys = keys;
        this.sync = sync;
        this.vaultDirectory = vaultDirectory;
        this.clock = clock;
        this.replies = new DeskReplies(reviewSync, ledger, keys, vocabulary, clock);
    }

    /** The content of the next bundle and the ledger items that record it. */
    private record Plan(Vocabulary vocabulary, List<IdentifiedInterview> interviews, List<UUID> withdrawn,
            List<Tombstone> tombstones, List<BundleAttachment> attachments, List<Item> items,
            List<ReviewState> reviews) {
        boolean carriesChanges() {
            return !items.isEmpty() || !reviews.isEmpty();
        }
    }

    /** Seals with the writer either to recipient keys or to a passphrase. */
    interface Sealer {
        void write(BundleWriter writer, BundleContents contents, OutputStream out) throws BundleException, IOException;
    }

    @Override
    public Optional<Sealed> seal(List<String> recipients, boolean includeIdentity, Path copyTo)
            throws InvalidInputException, IOException {
        List<AgeRecipient> to = recipients(recipients);
        return seal((writer, contents, out) -> writer.write(contents, to, out), includeIdentity, copyTo);
    }

    @Override
    public Optional<Sealed> sealWithPassphrase(char[] passphrase, boolean includeIdentity, Path copyTo)
            throws InvalidInputException, IOException {
        try (AgePassphrase secret = passphrase(passphrase)) {
            return seal((writer, contents, out) -> writer.write(contents, secret, out), includeIdentity, copyTo);
        }
    }

    @Override
    public List<Sealed> sealReplies(Path copyDir) throws InvalidInputException, IOException {
        return replies.sealAll(this, copyDir);
    }

    private AgePassphrase passphrase(char[] passphrase) throws InvalidInputException {
        try {
            return AgePassphrase.of(passphrase, passphraseWorkFactor);
        } catch (AgeException e) {
            throw AgeProblems.rejected(e);
        }
    }

    private Optional<Sealed> seal(Sealer sealer, boolean includeIdentity, Path copyTo)
            throws InvalidInputException, IOException {
        Plan plan = plan(includeIdentity);
        if (!plan.carriesChanges()) {
            return Optional.empty();
        }
        UUID deviceId = keys.device().deviceId();
        long seq = ledger.reserve(plan.items());
        BundleContents contents = new BundleContents(deviceId, seq, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                plan.vocabulary(), plan.interviews(), plan.withdrawn(), plan.tombstones(), plan.attachments(),
                keys.device().recipient(), List.of(), plan.reviews());
        Sealed sealed = queue(contents, sealer, "", copyTo);
        reviewSync.share(plan.reviews(), ReviewSync.DESK_PEER);
        return Optional.of(sealed);
    }

    /**
     * Seals {@code contents} (whose sequence number the ledger reserved) into a temporary file in
     * the vault's folder, which only ever holds encrypted bytes, and queues it for {@code folder}
     * on the targets. When it is not queued, the sequence number's ledger rows are released.
     */
    Sealed queue(BundleContents contents, Sealer sealer, String folder, Path copyTo)
            throws InvalidInputException, IOException {
        long seq = contents.sequence();
        Path dir = copyTo == null ? vaultDirectory : copyTo.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".caravan-bundle-", ".tmp");
        boolean queued = false;
        try {
            MessageDigest sha = sha256();
            write(contents, sealer, temp, sha);
            long size = Files.size(temp);
            UUID id = UUID.randomUUID();
            try (InputStream in = Files.newInputStream(temp)) {
                sync.enqueue(new SyncService.SealedBundle(id, contents.deviceId().toString(), seq, size,
                        HexFormat.of().formatHex(sha.digest()), folder), in);
            }
            queued = true;
            if (copyTo != null) {
                move(temp, copyTo, seq);
            }
            return new Sealed(id, seq, contents.interviews().size(),
                    contents.withdrawn().size() + contents.tombstones().size(), contents.attachments().size(), size);
        } finally {
            if (!queued) {
                ledger.release(seq);
            }
            Files.deleteIfExists(temp);
        }
    }

    private void write(BundleContents contents, Sealer sealer, Path temp, MessageDigest sha)
            throws IOException, InvalidInputException {
        byte[] signingKey = keys.signingKey();
        try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(temp), sha),
                1 << 16)) {
            BundleWriter writer = new BundleWriter(signingKey, keys.signingPublicKey(), own());
            sealer.write(writer, contents, out);
        } catch (BundleException e) {
            throw new InvalidInputException(Problem.of("seal.failed", contents.sequence(), e), e);
        } finally {
            Secrets.wipe(signingKey);
        }
    }

    /** Same directory, so the move is a rename: FILE is either absent, the old file, or the whole bundle. */
    private static void move(Path temp, Path target, long seq) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("Bundle " + seq + " is sealed and queued in the outbox, but writing it to " + target
                    + " failed: " + e.getMessage(), e);
        }
    }

    private List<AgeRecipient> recipients(List<String> given) throws InvalidInputException {
        List<String> values = new ArrayList<>(given == null ? List.of() : given);
        if (values.isEmpty()) {
            keys.recipients().stream().map(DeskRecipient::recipient).forEach(values::add);
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(Problem.of("seal.noRecipient"));
        }
        AgeRecipient own = own();
        List<AgeRecipient> out = new ArrayList<>();
        for (String value : values) {
            AgeRecipient parsed;
            try {
                parsed = AgeRecipient.parse(value.strip());
            } catch (AgeException e) {
                throw new InvalidInputException(Problem.of("export.recipient", value.strip(),
                        AgeProblems.reason(e)), e);
            }
            if (parsed.equals(own)) {
                throw new InvalidInputException(Problem.of("seal.ownRecipient", parsed));
            }
            if (!out.contains(parsed)) {
                out.add(parsed);
            }
        }
        return out;
    }

    private AgeRecipient own() {
        try {
            return AgeRecipient.parse(keys.device().recipient());
        } catch (AgeException e) {
            throw new IllegalStateException("The device's own age recipient in the vault is damaged: "
                    + e.getMessage(), e);
        }
    }

    private Plan plan(boolean includeIdentity) {
        Set<Item> covered = ledger.covered();
        List<Item> items = new ArrayList<>();
        Vocabulary vocab = vocabulary.current();
        Item vocabItem = new Item(VOCABULARY, VOCABULARY, digest(vocab.toString()));
        if (!covered.contains(vocabItem)) {
            items.add(vocabItem);
        }
        List<IdentifiedInterview> changed = new ArrayList<>();
        List<UUID> withdrawn = new ArrayList<>();
        List<BundleAttachment> files = new ArrayList<>();
        for (InterviewStamp stamp : ledger.interviewStamps()) {
            String key = stamp.id().toString();
            if (stamp.withdrawnAt() != null) {
                // A withdrawn interview's content never leaves the device again: only the withdrawal.
                Item item = new Item(WITHDRAWAL, key, stamp.withdrawnAt().toString());
                if (!covered.contains(item)) {
                    items.add(item);
                    withdrawn.add(stamp.id());
                }
                continue;
            }
            addInterview(stamp, includeIdentity, covered, items, changed);
            for (Attachment a : attachments.list(stamp.id())) {
                Item item = new Item(ATTACHMENT, a.id().toString(), a.sha256());
                if (!covered.contains(item)) {
                    items.add(item);
                    files.add(new BundleAttachment(a, () -> content(a.id())));
                }
            }
        }
        List<Tombstone> purged = new ArrayList<>();
        for (Tombstone t : tombstones.all()) {
            Item item = new Item(TOMBSTONE, t.interviewId().toString(), t.purgedAt().toString());
            if (!covered.contains(item)) {
                items.add(item);
                purged.add(t);
            }
        }
        return new Plan(vocab, changed, withdrawn, purged, files, items, reviews(covered, changed));
    }

    /**
     * The review states (status, comments) the desk does not have yet, of the interviews it has or
     * gets now: after an interviewer resolved a comment or re-submitted, the desk learns it.
     */
    private List<ReviewState> reviews(Set<Item> covered, List<IdentifiedInterview> changed) {
        Set<UUID> atDesk = new java.util.HashSet<>();
        for (Item item : covered) {
            if (item.kind().equals(INTERVIEW)) {
                atDesk.add(UUID.fromString(item.key()));
            }
        }
        Set<UUID> carried = new java.util.HashSet<>();
        changed.forEach(i -> carried.add(i.interview().id()));
        atDesk.addAll(carried);
        Map<UUID, String> shared = reviewSync.shared(ReviewSync.DESK_PEER);
        List<ReviewState> out = new ArrayList<>();
        for (ReviewState state : reviewSync.states(atDesk).values()) {
            // A carried interview always brings its status time: the desk needs it to keep a later step of its own.
            if (carried.contains(state.interviewId()) || !state.stamp().equals(shared.get(state.interviewId()))) {
                out.add(state);
            }
        }
        return out;
    }

    private void addInterview(InterviewStamp stamp, boolean includeIdentity, Set<Item> covered, List<Item> items,
            List<IdentifiedInterview> changed) {
        String key = stamp.id().toString();
        Item item = new Item(INTERVIEW, key, stamp.stamp());
        Identity identity = includeIdentity ? interviews.identity(stamp.id()) : Identity.EMPTY;
        // The identity is tracked by a digest only, so that a changed real name travels when asked for.
        Item identityItem = includeIdentity ? new Item(IDENTITY, key, digest(identity)) : null;
        boolean interviewNew = !covered.contains(item);
        boolean identityNew = identityItem != null && !covered.contains(identityItem);
        if (!interviewNew && !identityNew) {
            return;
        }
        Optional<Interview> interview = interviews.find(stamp.id());
        if (interview.isEmpty()) {
            return; // deleted between the two reads; the next bundle sees its tombstone or nothing
        }
        items.add(new Item(INTERVIEW, key, new InterviewStamp(stamp.id(), interview.get().revision(),
                interview.get().updatedAt(), null).stamp()));
        if (identityItem != null) {
            items.add(identityItem);
        }
        changed.add(new IdentifiedInterview(interview.get(), identity));
    }

    private InputStream content(UUID attachmentId) throws IOException {
        AttachmentStore.Entry entry = attachments.find(attachmentId).orElseThrow(() -> new IOException(
                "Attachment " + attachmentId + " was deleted while its bundle was being sealed"));
        return new AttachmentInputStream(attachments, entry, 0);
    }

    /** Identity's toString is redacted, so its fields are digested one by one, each length-prefixed. */
    private static String digest(Identity identity) {
        List<String> fields = new ArrayList<>(List.of(identity.realName(), identity.contact()));
        fields.addAll(identity.mentionedPeople());
        StringBuilder text = new StringBuilder();
        fields.forEach(f -> text.append(f.length()).append(':').append(f));
        return digest(text.toString());
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
