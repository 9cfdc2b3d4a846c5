package app.caravan.interchange;

import app.caravan.domain.Problem;
import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the optional top-level {@code vocabulary} section, Caravan's extension that makes an
 * export lossless: the entries the interviews refer to, with everything the vault knows about
 * them. Entries whose key the vault already has are validated but not added, because the
 * vault's own version wins; their names still resolve to that key.
 */
final class VocabularySection {
    private static final Set<String> SECTION_FIELDS = Set.of("cities", "professions", "themes");
    private static final Set<String> CITY_FIELDS = Set.of("key", "name", "country", "region", "aliases");
    private static final Set<String> PROFESSION_FIELDS = Set.of("key", "name", "sector");
    private static final Set<String> THEME_FIELDS = Set.of("key", "name", "parent", "color", "description");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final VocabularyResolver resolver;

    VocabularySection(VocabularyResolver resolver) {
        this.resolver = resolver;
    }

    void read(JsonFields section) throws InterchangeException {
        section.rejectUnknown(SECTION_FIELDS);
        Map<String, String> seen = new HashMap<>();
        for (JsonFields entry : section.objects("cities")) {
            entry.rejectUnknown(CITY_FIELDS);
            String key = key(entry, seen);
            City city = new City(key, name(entry), entry.string("country"), entry.string("region"),
                    entry.strings("aliases"));
            resolver.fromFile(city);
        }
        seen.clear();
        for (JsonFields entry : section.objects("professions")) {
            entry.rejectUnknown(PROFESSION_FIELDS);
            String key = key(entry, seen);
            Profession profession = new Profession(key, name(entry), entry.string("sector"));
            resolver.fromFile(profession);
        }
        seen.clear();
        for (JsonFields entry : section.objects("themes")) {
            entry.rejectUnknown(THEME_FIELDS);
            Theme theme = theme(entry, key(entry, seen));
            if (!resolver.vaultHasTheme(theme.key()) && theme.parentKey() != null
                    && !resolver.knowsTheme(theme.parentKey())) {
                throw entry.error("parent", Problem.of("interchange.unknownParent", JsonFields.quote(theme.parentKey())));
            }
            resolver.fromFile(theme);
        }
    }

    private static Theme theme(JsonFields entry, String key) throws InterchangeException {
        String name = name(entry);
        String parent = entry.string("parent");
        if (parent != null && parent.isBlank()) {
            parent = null;
        }
        String color = entry.string("color");
        if (color != null && !COLOR.matcher(color).matches()) {
            throw entry.error("color", Problem.of("interchange.notColor", JsonFields.quote(color)));
        }
        if (key.equals(parent)) {
            throw entry.error("parent", Problem.of("interchange.ownParent"));
        }
        return new Theme(key, name, parent, color, entry.string("description"));
    }

    /** Keys identify entries across vaults, so they are required and unique within a list. */
    private static String key(JsonFields entry, Map<String, String> seen) throws InterchangeException {
        String key = entry.requiredString("key");
        if (key.isBlank() || !key.equals(key.strip())) {
            throw entry.error("key", Problem.of("interchange.badKey", JsonFields.quote(key)));
        }
        String earlier = seen.putIfAbsent(key, entry.pathOf("key"));
        if (earlier != null) {
            throw entry.error("key", Problem.of("interchange.duplicateKey", earlier));
        }
        return key;
    }

    private static String name(JsonFields entry) throws InterchangeException {
        String name = entry.requiredString("name");
        if (name.isBlank()) {
            throw entry.error("name", Problem.of("json.blank"));
        }
        return name;
    }
}
