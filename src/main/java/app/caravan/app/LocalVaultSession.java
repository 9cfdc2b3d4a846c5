package app.caravan.app;

import app.caravan.crypto.KdfParams;
import app.caravan.domain.Problem;
import app.caravan.exchange.BundleLimits;
import app.caravan.storage.AttachmentStore;
import app.caravan.storage.AuditLog;
import app.caravan.storage.BundleLedger;
import app.caravan.storage.ConflictStore;
import app.caravan.storage.DeidDecisionStore;
import app.caravan.storage.DeskSyncStore;
import app.caravan.storage.DeviceKeyStore;
import app.caravan.storage.InboxStore;
import app.caravan.storage.InterviewEvents;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.NameStore;
import app.caravan.storage.OutboxStore;
import app.caravan.storage.ReviewListener;
import app.caravan.storage.ReviewStore;
import app.caravan.storage.ReviewSync;
import app.caravan.storage.SavedFilterStore;
import app.caravan.storage.SearchIndex;
import app.caravan.storage.SettingsStore;
import app.caravan.storage.SyncTargetStore;
import app.caravan.storage.TombstoneStore;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultEraser;
import app.caravan.storage.VaultException;
import app.caravan.storage.VocabularyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** An unlocked local vault and its use cases (composition of stores and services). */
final class LocalVaultSession implements VaultSession {
    private final Vault vault;
    private final KdfParams kdf;
    private final LocalVocabularyService vocabulary;
    private final LocalSettingsService settings;
    private final LocalInterviewService interviews;
    private final LocalInterchangeService interchange;
    private final LocalPseudonymService pseudonyms;
    private final LocalAttachmentService attachments;
    private final AudioServer audio;
    private final WavRecorder recorder;
    private final LocalReviewService review;
    private final LocalAuditService audit;
    private final LocalLibraryService library;
    private final LocalSearchService search;
    private final LocalKeysService keys;
    private final LocalSyncService sync;
    private final LocalBundleService bundles;
    private final LocalDeskImportService deskImport;
    private final LocalInboxService inbox;
    private final SyncRound syncRound;
    private final AutoSync autoSync;
    private final LocalAnonymizedExportService anonymizedExport;
    /** Read once: the flag never changes while a session is open, and the screens ask on the FX thread. */
    private final boolean demo;
    private final LocalLockSettings lockSettings;

    /** How often the app syncs by itself when nothing else (a target coming back, a new bundle) asks sooner. */
    static final java.time.Duration AUTO_SYNC_INTERVAL = java.time.Duration.ofMinutes(15);

    LocalVaultSession(Vault vault, KdfParams kdf, Clock clock) {
        this.vault = vault;
        this.kdf = kdf;
        InterviewEvents events = new InterviewEvents();
        AuditLog auditLog = new AuditLog(vault);
        events.add(auditLog);
        events.add(new ReviewListener(events));
        SearchIndex searchIndex = new SearchIndex(vault);
        events.add(searchIndex);
        InterviewStore interviewStore = new InterviewStore(vault, events);
        TombstoneStore tombstones = new TombstoneStore(vault, events);
        this.vocabulary = new LocalVocabularyService(new VocabularyStore(vault), clock);
        this.settings = new LocalSettingsService(new SettingsStore(vault));
        this.demo = settings.isDemoVault();
        this.interviews = new LocalInterviewService(interviewStore, tombstones, settings, clock);
        this.interchange = new LocalInterchangeService(interviewStore, tombstones, vocabulary, settings, clock);
        this.pseudonyms = new LocalPseudonymService(new NameStore(vault));
        AttachmentStore attachmentStore = new AttachmentStore(vault);
        this.attachments = new LocalAttachmentService(attachmentStore, interviewStore, clock);
        this.audio = new AudioServer(attachments);
        this.recorder = new WavRecorder(attachments, WavRecorder.SYSTEM, WavRecorder.FORMAT);
        this.review = new LocalReviewService(new ReviewStore(vault, interviewStore, events, auditLog),
                interviewStore, settings, clock);
        this.audit = new LocalAuditService(auditLog);
        this.library = new LocalLibraryService(new SavedFilterStore(vault), clock);
        this.search = new LocalSearchService(searchIndex, () -> vocabulary.current().cities());
        this.keys = new LocalKeysService(new DeviceKeyStore(vault), clock);
        // A new vault, or one created before V8, gets its device keys here, once.
        keys.ensureDeviceKey();
        ReviewSync reviewSync = new ReviewSync(vault, events, auditLog);
        this.sync = new LocalSyncService(new OutboxStore(vault), new SyncTargetStore(vault), clock);
        this.bundles = new LocalBundleService(new BundleLedger(vault), reviewSync, interviewStore, tombstones, attachmentStore,
                vocabulary, keys, sync, vault.directory(), clock);
        this.deskImport = new LocalDeskImportService(new DeskSyncStore(vault, events, reviewSync),
                new ConflictStore(vault, events), keys, vocabulary, settings, clock, BundleLimits.DEFAULT);
        this.inbox = new LocalInboxService(sync, deskImport, keys, review::role, new InboxStore(vault),
                vault.directory(), clock);
        this.syncRound = new SyncRound(inbox, bundles, sync, review::role);
        // Backoff is for servers failing while reachable; a round here only runs with a target in reach.
        this.autoSync = new AutoSync(sync, () -> syncRound.run(true, null, null, null), AUTO_SYNC_INTERVAL, clock);
        autoSync.setPaused(!settings.syncAutomatically());
        this.anonymizedExport = new LocalAnonymizedExportService(interviews, vocabulary,
                new DeidDecisionStore(vault), new SettingsStore(vault), this::actor, clock, toolVersion());
        this.lockSettings = new LocalLockSettings(new SettingsStore(vault), vault.directory());
        LocalInboxService.sweep(vault.directory());
        attachments.recoverInterrupted();
        sync.recoverInterrupted();
        // A vault from before the index (or an interrupted first build) is indexed once, here.
        searchIndex.indexMissing();
    }

    @Override
    public void onLost(Consumer<Problem> listener) {
        vault.onLost(listener);
    }

    @Override
    public Path directory() {
        return vault.directory();
    }

    @Override
    public InterviewService interviews() {
        return interviews;
    }

    @Override
    public VocabularyService vocabulary() {
        return vocabulary;
    }

    @Override
    public InterchangeService interchange() {
        return interchange;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public PseudonymService pseudonyms() {
        return pseudonyms;
    }

    @Override
    public AttachmentService attachments() {
        return attachments;
    }

    @Override
    public AudioServer audio() {
        return audio;
    }

    @Override
    public WavRecorder recorder() {
        return recorder;
    }

    @Override
    public ReviewService review() {
        return review;
    }

    @Override
    public AuditService audit() {
        return audit;
    }

    @Override
    public LibraryService library() {
        return library;
    }

    @Override
    public SearchService search() {
        return search;
    }

    @Override
    public KeysService keys() {
        return keys;
    }

    @Override
    public SyncService sync() {
        return sync;
    }

    @Override
    public BundleService bundles() {
        return bundles;
    }

    @Override
    public InboxService inbox() {
        return inbox;
    }

    @Override
    public AnonymizedExportService anonymizedExport() {
        return anonymizedExport;
    }

    private String actor() {
        String name = settings.userName();
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /** "Caravan 1.2.3" from the jar's manifest; "Caravan (development build)" when run from classes. */
    static String toolVersion() {
        String version = LocalVaultSession.class.getPackage().getImplementationVersion();
        return "Caravan " + (version == null ? "(development build)" : version);
    }

    @Override
    public AutoSync autoSync() {
        return autoSync;
    }

    @Override
    public SyncRound syncRound() {
        return syncRound;
    }

    @Override
    public DeskImportService deskImport() {
        return deskImport;
    }

    @Override
    public boolean isDemo() {
        return demo;
    }

    @Override
    public LockSettings lockSettings() {
        return lockSettings;
    }

    /** Locks first: the vault must be closed (key wiped, lock released) before its files go. */
    @Override
    public java.util.List<Path> destroy(String confirmation) throws VaultAccessException, InvalidInputException {
        VaultService.checkConfirmation(vault.directory(), confirmation);
        close();
        try {
            return VaultEraser.destroy(vault.directory());
        } catch (VaultException e) {
            throw LocalVaultService.translate(e);
        }
    }

    @Override
    public void changePassphrase(char[] current, char[] next) throws VaultAccessException {
        if (DemoVault.isDemoPassphrase(next)) {
            throw DemoVault.reserved(vault.directory());
        }
        try {
            vault.changePassphrase(current, next, kdf);
        } catch (VaultException e) {
            throw LocalVaultService.translate(e);
        }
    }

    /** Recordings are finished and the audio server stopped first: nothing may outlive the unlocked vault. */
    @Override
    public void close() {
        autoSync.close();
        recorder.stopAll();
        audio.close();
        vault.close();
    }
}
