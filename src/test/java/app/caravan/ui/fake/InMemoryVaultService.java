package app.caravan.ui.fake;

import app.caravan.app.ConflictException;
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
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A vault service in memory, for fast UI tests; behaves like the real one where the UI can tell. */
public final class InMemoryVaultService implements VaultService {
    private final Map<Path, Vault> vaults = new ConcurrentHashMap<>();
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
        Vault vault = new Vault(passphrase.clone());
        vaults.put(dir, vault);
        vault.open = true;
        return new Session(dir, vault);
    }

    @Override
    public synchronized VaultSession open(Path directory, char[] passphrase) throws VaultAccessException {
        pause();
        Path dir = directory.toAbsolutePath();
        Vault vault = vaults.get(dir);
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

    public Vault vault(Path directory) {
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

    /** The stored state of one vault. */
    public static final class Vault {
        char[] passphrase;
        volatile boolean open;
        final Map<UUID, Interview> interviews = new LinkedHashMap<>();
        final Map<UUID, Identity> identities = new HashMap<>();
        final List<City> cities = new ArrayList<>(List.of(
                new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia", List.of("Самарканд", "Samarqand")),
                new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia", List.of("Ташкент", "Toshkent")),
                new City("bukhara", "Bukhara", "Uzbekistan", "Central Asia", List.of("Бухара", "Buxoro")),
                new City("tbilisi", "Tbilisi", "Georgia", "South Caucasus", List.of("Тбилиси")),
                new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва", "Moskva")),
                new City("yekaterinburg", "Yekaterinburg", "Russia", "Russia", List.of("Екатеринбург"))));
        final List<Profession> professions = new ArrayList<>(List.of(
                new Profession("software-developer", "software developer", "IT"),
                new Profession("designer", "designer", "IT"),
                new Profession("actor", "actor", "culture"),
                new Profession("journalist", "journalist", "media")));
        final List<Theme> themes = new ArrayList<>(List.of(
                new Theme("remote-work", "Remote work and internet jobs", null, "#1f77b4", ""),
                new Theme("family-left-behind", "Family left behind", null, "#ff7f0e", ""),
                new Theme("mobilization", "Mobilization and draft evasion", null, "#d62728", ""),
                new Theme("civic-activism", "Civic activism and volunteering", null, "#2ca02c", ""),
                new Theme("helping-refugees", "Helping Ukrainian refugees", "civic-activism", "#98df8a", ""),
                new Theme("return-intentions", "Return intentions", null, "#9467bd", "")));
        String userName = "field-team-1";

        Vault(char[] passphrase) {
            this.passphrase = passphrase;
        }

        public Map<UUID, Interview> interviews() {
            return interviews;
        }

        public Map<UUID, Identity> identities() {
            return identities;
        }

        public List<City> cities() {
            return cities;
        }

        public List<Profession> professions() {
            return professions;
        }

        public String userName() {
            return userName;
        }

        public boolean passphraseIs(String candidate) {
            return Arrays.equals(passphrase, candidate.toCharArray());
        }

        public boolean isOpen() {
            return open;
        }
    }

    private final class Session implements VaultSession, InterviewService, VocabularyService, SettingsService {
        private final Path directory;
        private final Vault vault;
        private volatile boolean closed;

        Session(Path directory, Vault vault) {
            this.directory = directory;
            this.vault = vault;
        }

        @Override public Path directory() { return directory; }
        @Override public InterviewService interviews() { check(); return this; }
        @Override public VocabularyService vocabulary() { check(); return this; }
        @Override public SettingsService settings() { check(); return this; }

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
            pause();
            if (failSaves) {
                throw new IllegalStateException("disk full");
            }
            synchronized (vault) {
                Interview stored = get(interview.id());
                if (stored.revision() != interview.revision()) {
                    throw new ConflictException("stale revision");
                }
                Interview saved = interview.toBuilder().revision(interview.revision() + 1).updatedAt(Instant.now()).build();
                vault.interviews.put(saved.id(), saved);
                return saved;
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
