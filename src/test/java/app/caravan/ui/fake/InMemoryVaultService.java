package app.caravan.ui.fake;

import app.caravan.app.AttachmentService;
import app.caravan.app.AudioServer;
import app.caravan.app.ConflictException;
import app.caravan.app.PseudonymService;
import app.caravan.app.SaveResult;
import app.caravan.app.ImportReport;
import app.caravan.app.InterchangeService;
import app.caravan.app.InterviewService;
import app.caravan.app.NotFoundException;
import app.caravan.app.SettingsService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultAccessException.Reason;
import app.caravan.app.VaultService;
import app.caravan.app.VaultSession;
import app.caravan.app.VocabularyService;
import app.caravan.domain.City;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A vault service in memory, for fast UI tests; behaves like the real one where the UI can tell. */
public final class InMemoryVaultService implements VaultService {
    private final Map<Path, InMemoryVault> vaults = new ConcurrentHashMap<>();
    public volatile long delayMillis;
    /** Makes every save fail like a full disk would. */
    public volatile boolean failSaves;

    @Override
    public boolean exists(Path directory) {
        return vaults.containsKey(directory.toAbsolutePath());
    }

    @Override
    public synchronized VaultSession create(Path directory, char[] passphrase) throws VaultAccessException {
        pause();
        Path dir = directory.toAbsolutePath();
        if (vaults.containsKey(dir)) {
            throw new VaultAccessException(Reason.ALREADY_EXISTS, dir, "A vault already exists in " + dir);
        }
        InMemoryVault vault = new InMemoryVault(passphrase.clone());
        vaults.put(dir, vault);
        vault.open = true;
        return new Session(dir, vault);
    }

    @Override
    public synchronized VaultSession open(Path directory, char[] passphrase) throws VaultAccessException {
        pause();
        Path dir = directory.toAbsolutePath();
        InMemoryVault vault = vaults.get(dir);
        if (vault == null) {
            throw new VaultAccessException(Reason.KEY_FILE_MISSING, dir.resolve("vault.key"), "No key file");
        }
        if (!Arrays.equals(vault.passphrase, passphrase)) {
            throw new VaultAccessException(Reason.WRONG_PASSPHRASE, dir, "Wrong passphrase");
        }
        if (vault.open) {
            throw new VaultAccessException(Reason.IN_USE, dir, "The vault is in use");
        }
        vault.open = true;
        return new Session(dir, vault);
    }

    public InMemoryVault vault(Path directory) {
        return vaults.get(directory.toAbsolutePath());
    }

    private void pause() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Session implements VaultSession, InterviewService, VocabularyService, SettingsService {
        private final Path directory;
        private final InMemoryVault vault;
        private volatile boolean closed;
        private AudioServer audio;

        Session(Path directory, InMemoryVault vault) {
            this.directory = directory;
            this.vault = vault;
        }

        @Override public Path directory() { return directory; }
        @Override public InterviewService interviews() { check(); return this; }
        @Override public VocabularyService vocabulary() { check(); return this; }
        @Override public SettingsService settings() { check(); return this; }
        @Override public AttachmentService attachments() { check(); return vault.attachments; }
        @Override public app.caravan.app.ReviewService review() { check(); return vault.review; }
        @Override public app.caravan.app.AuditService audit() { check(); return vault.audit; }
        @Override public app.caravan.app.SearchService search() { check(); return new InMemorySearch(vault); }
        @Override public app.caravan.app.LibraryService library() { check(); return vault.library; }

        @Override
        public PseudonymService pseudonyms() {
            check();
            return new InMemoryPseudonyms(vault, vault.interviews, vault.identities);
        }

        @Override
        public synchronized AudioServer audio() {
            check();
            if (audio == null) {
                audio = new AudioServer(vault.attachments);
            }
            return audio;
        }

        @Override
        public InterchangeService interchange() {
            return new InterchangeService() {
                @Override public ImportReport importFile(Path file) { throw new UnsupportedOperationException(); }
                @Override public int exportFile(Path file) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public void changePassphrase(char[] current, char[] next) throws VaultAccessException {
            pause();
            synchronized (vault) {
                if (!Arrays.equals(vault.passphrase, current)) {
                    throw new VaultAccessException(Reason.WRONG_PASSPHRASE, directory, "Wrong passphrase");
                }
                vault.passphrase = next.clone();
            }
        }

        @Override
        public void close() {
            closed = true;
            if (audio != null) {
                audio.close();
            }
            vault.open = false;
        }

        private void check() {
            if (closed) {
                throw new IllegalStateException("session closed");
            }
        }

        @Override
        public List<InterviewSummary> list() {
            synchronized (vault) {
                return vault.interviews.values().stream()
                        .sorted(Comparator.comparing(Interview::createdAt).reversed())
                        .map(InterviewSummary::of).toList();
            }
        }

        @Override
        public Interview get(UUID id) {
            synchronized (vault) {
                Interview i = vault.interviews.get(id);
                if (i == null) {
                    throw new NotFoundException("No interview " + id);
                }
                return i;
            }
        }

        @Override
        public Interview create(String pseudonym) {
            synchronized (vault) {
                Interview i = Interview.newDraft(pseudonym, vault.userName, OffsetDateTime.now());
                vault.interviews.put(i.id(), i);
                return i;
            }
        }

        @Override
        public Interview save(Interview interview) {
            return saveWithReport(interview).saved();
        }

        /** Like the vault: consent rules first, and a consent history entry for every consent change. */
        @Override
        public SaveResult saveWithReport(Interview interview) {
            pause();
            if (failSaves) {
                throw new IllegalStateException("disk full");
            }
            synchronized (vault) {
                Interview stored = get(interview.id());
                if (stored.revision() != interview.revision()) {
                    throw new ConflictException("stale revision");
                }
                Interview allowed = InMemoryConsent.enforce(stored.consent(), interview);
                int unmarked = InMemoryConsent.quotable(interview) - InMemoryConsent.quotable(allowed);
                Interview saved = allowed.toBuilder().revision(interview.revision() + 1).updatedAt(Instant.now()).build();
                vault.interviews.put(saved.id(), saved);
                recordConsent(stored.consent(), saved);
                return new SaveResult(saved, unmarked);
            }
        }

        private void recordConsent(Consent before, Interview saved) {
            InMemoryConsent.record(vault, before, saved);
        }

        @Override
        public List<ConsentChange> consentHistory(UUID id) {
            synchronized (vault) {
                get(id);
                return List.copyOf(vault.consentHistory.getOrDefault(id, List.of()));
            }
        }

        @Override
        public Interview withdraw(UUID id, OffsetDateTime at) {
            synchronized (vault) {
                Interview current = get(id);
                if (current.consent().isWithdrawn()) {
                    return current;
                }
                Interview saved = current.toBuilder().consent(current.consent().withWithdrawnAt(at))
                        .revision(current.revision() + 1).updatedAt(Instant.now()).build();
                vault.interviews.put(id, saved);
                recordConsent(current.consent(), saved);
                return saved;
            }
        }

        @Override
        public Tombstone purge(UUID id) {
            synchronized (vault) {
                Tombstone existing = vault.tombstones.get(id);
                if (existing != null) {
                    return existing;
                }
                Interview current = get(id);
                if (!current.consent().isWithdrawn()) {
                    throw new IllegalStateException("not withdrawn");
                }
                Tombstone t = new Tombstone(id, current.consent().withdrawnAt(), Instant.now());
                vault.interviews.remove(id);
                vault.identities.remove(id);
                vault.consentHistory.remove(id);
                vault.attachments.deleteAllOf(id);
                vault.tombstones.put(id, t);
                return t;
            }
        }

        @Override
        public List<Tombstone> tombstones() {
            synchronized (vault) {
                return List.copyOf(vault.tombstones.values());
            }
        }

        @Override
        public Identity identity(UUID interviewId) {
            synchronized (vault) {
                get(interviewId);
                return vault.identities.getOrDefault(interviewId, Identity.EMPTY);
            }
        }

        @Override
        public void saveIdentity(UUID interviewId, Identity identity) {
            synchronized (vault) {
                get(interviewId);
                vault.identities.put(interviewId, identity);
            }
        }

        @Override
        public void delete(UUID id) {
            synchronized (vault) {
                vault.interviews.remove(id);
                vault.identities.remove(id);
            }
        }

        @Override
        public Vocabulary current() {
            synchronized (vault) {
                return new Vocabulary(vault.cities, vault.professions, vault.themes);
            }
        }

        @Override
        public City addCity(String name, String country, String region) {
            synchronized (vault) {
                return current().city(name).orElseGet(() -> {
                    City c = new City(Vocabulary.keyFor(name), name.strip(), country, region, List.of());
                    vault.cities.add(c);
                    return c;
                });
            }
        }

        @Override
        public Profession addProfession(String name, String sector) {
            synchronized (vault) {
                return current().profession(name).orElseGet(() -> {
                    Profession p = new Profession(Vocabulary.keyFor(name), name.strip(), sector);
                    vault.professions.add(p);
                    return p;
                });
            }
        }

        @Override
        public Theme addTheme(String name, String parentKey, String color) {
            synchronized (vault) {
                return current().theme(name).orElseGet(() -> {
                    Theme t = new Theme(Vocabulary.keyFor(name), name.strip(), parentKey, color, "");
                    vault.themes.add(t);
                    return t;
                });
            }
        }

        @Override
        public Theme renameTheme(String key, String newName) {
            return InMemoryCodebook.replace(vault, key, t -> new Theme(t.key(), newName.strip(), t.parentKey(), t.color(),
                    t.description()));
        }

        @Override
        public Theme recolorTheme(String key, String color) {
            return InMemoryCodebook.replace(vault, key, t -> new Theme(t.key(), t.name(), t.parentKey(), color,
                    t.description()));
        }

        @Override
        public Theme moveTheme(String key, String newParentKey) {
            return InMemoryCodebook.replace(vault, key, t -> new Theme(t.key(), t.name(), newParentKey, t.color(),
                    t.description()));
        }

        @Override
        public int mergeThemes(String fromKey, String intoKey) {
            return InMemoryCodebook.merge(vault, fromKey, intoKey);
        }

        @Override
        public String userName() {
            synchronized (vault) {
                return vault.userName;
            }
        }

        @Override
        public void setUserName(String name) {
            synchronized (vault) {
                vault.userName = name;
            }
        }
    }
}
