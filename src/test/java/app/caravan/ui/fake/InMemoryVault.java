package app.caravan.ui.fake;

import app.caravan.app.NotFoundException;
import app.caravan.domain.City;
import app.caravan.domain.ConsentChange;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Tombstone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stored state of one vault. */
public final class InMemoryVault {
    char[] passphrase;
    volatile boolean open;
    final Map<UUID, Interview> interviews = new LinkedHashMap<>();
    final Map<UUID, Identity> identities = new HashMap<>();
    final Map<UUID, List<ConsentChange>> consentHistory = new HashMap<>();
    final Map<UUID, Tombstone> tombstones = new LinkedHashMap<>();
    final InMemoryAttachments attachments = new InMemoryAttachments(this, this::interview);
    final InMemoryLibrary library = new InMemoryLibrary();
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
    final InMemoryAudit audit = new InMemoryAudit();
    final InMemoryReview review = new InMemoryReview(this, audit);

    InMemoryVault(char[] passphrase) {
        this.passphrase = passphrase;
    }

    public Map<UUID, Interview> interviews() {
        return interviews;
    }

    public Map<UUID, Identity> identities() {
        return identities;
    }

    public Map<UUID, Tombstone> tombstones() {
        return tombstones;
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<ConsentChange> consentHistory(UUID id) {
        return consentHistory.getOrDefault(id, List.of());
    }

    public int attachmentCount() {
        return attachments.attachments.size();
    }

    /** Slows every stored part of an attachment, so a test can cancel an upload under way. */
    public void slowAttachments(long millisPerPart) {
        attachments.partDelayMillis = millisPerPart;
    }

    Interview interview(UUID id) {
        Interview i = interviews.get(id);
        if (i == null) {
            throw new NotFoundException("No interview " + id);
        }
        return i;
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

    public InMemoryReview review() {
        return review;
    }

    public InMemoryAudit audit() {
        return audit;
    }

    public boolean isOpen() {
        return open;
    }
}
