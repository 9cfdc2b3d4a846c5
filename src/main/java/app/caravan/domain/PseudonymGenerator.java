package app.caravan.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Proposes plausible first names as pseudonyms. The lists (resources
 * {@code app/caravan/names/<background>-<female|male>.txt}, one {@code Latin|Кириллица} pair a
 * line) hold common names of each naming tradition, so a pseudonym fits the interviewee without
 * being theirs. A name is never proposed when either of its spellings has the same
 * {@link PersonNames#key} as a name already taken in the vault.
 */
public final class PseudonymGenerator {
    private static final String RESOURCE = "/app/caravan/names/%s-%s.txt";
    private static volatile PseudonymGenerator standard;

    private final Map<Background, List<Name>> female;
    private final Map<Background, List<Name>> male;

    /** One proposable first name in both scripts the app works in. */
    public record Name(String latin, String cyrillic) {
        public Name {
            Objects.requireNonNull(latin, "latin");
            Objects.requireNonNull(cyrillic, "cyrillic");
        }

        public String in(NameScript script) {
            return script == NameScript.CYRILLIC ? cyrillic : latin;
        }

        /** Taken if either spelling is. */
        public boolean isTaken(Set<String> takenKeys) {
            return takenKeys.contains(PersonNames.key(latin)) || takenKeys.contains(PersonNames.key(cyrillic));
        }
    }

    private PseudonymGenerator(Map<Background, List<Name>> female, Map<Background, List<Name>> male) {
        this.female = female;
        this.male = male;
    }

    /** The generator with the shipped name lists, loaded once. */
    public static PseudonymGenerator standard() {
        PseudonymGenerator g = standard;
        if (g == null) {
            Map<Background, List<Name>> female = new EnumMap<>(Background.class);
            Map<Background, List<Name>> male = new EnumMap<>(Background.class);
            for (Background b : Background.values()) {
                female.put(b, load(b, "female"));
                male.put(b, load(b, "male"));
            }
            g = new PseudonymGenerator(female, male);
            standard = g;
        }
        return g;
    }

    /**
     * The names for {@code background}: the female or male list for {@link Gender#WOMAN} and
     * {@link Gender#MAN}, both lists (without repeats) for any other or no gender.
     */
    public List<Name> names(Background background, Gender gender) {
        Objects.requireNonNull(background, "background");
        if (gender == Gender.WOMAN) {
            return female.get(background);
        }
        if (gender == Gender.MAN) {
            return male.get(background);
        }
        Map<String, Name> both = new LinkedHashMap<>();
        for (Name n : female.get(background)) {
            both.putIfAbsent(PersonNames.key(n.latin()), n);
        }
        for (Name n : male.get(background)) {
            both.putIfAbsent(PersonNames.key(n.latin()), n);
        }
        return List.copyOf(both.values());
    }

    /**
     * A random name from the list that is not taken. {@code takenKeys} holds
     * {@link PersonNames#keys} of every pseudonym, real name and mentioned person in the vault.
     *
     * @throws NamesExhaustedException when every name of the list is taken
     */
    public String propose(Background background, Gender gender, NameScript script, Set<String> takenKeys,
            Random random) {
        List<Name> free = new ArrayList<>();
        List<Name> all = names(background, gender);
        for (Name n : all) {
            if (!n.isTaken(takenKeys)) {
                free.add(n);
            }
        }
        if (free.isEmpty()) {
            throw new NamesExhaustedException(background, gender == Gender.WOMAN || gender == Gender.MAN ? gender : null,
                    all.size());
        }
        return free.get(random.nextInt(free.size())).in(script == null ? NameScript.LATIN : script);
    }

    /** {@link #propose(Background, Gender, NameScript, Set, Random)} in Latin script. */
    public String propose(Background background, Gender gender, Set<String> takenKeys, Random random) {
        return propose(background, gender, NameScript.LATIN, takenKeys, random);
    }

    private static List<Name> load(Background background, String sex) {
        String path = String.format(RESOURCE, background.key(), sex);
        try (InputStream in = PseudonymGenerator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The name list " + path + " is missing from the application");
            }
            List<Name> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int bar = entry.indexOf('|');
                if (bar <= 0 || bar == entry.length() - 1) {
                    throw new IllegalStateException("The name list " + path + " has a line without 'Latin|Кириллица'");
                }
                names.add(new Name(entry.substring(0, bar).strip(), entry.substring(bar + 1).strip()));
            }
            return Collections.unmodifiableList(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name list " + path, e);
        }
    }
}
