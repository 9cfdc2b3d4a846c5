package app.caravan.app;

import app.caravan.domain.Background;
import app.caravan.domain.Gender;
import app.caravan.domain.NameScript;
import app.caravan.domain.PersonNames;
import app.caravan.domain.PseudonymGenerator;
import app.caravan.storage.NameStore;
import app.caravan.storage.NameStore.NameInUse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

final class LocalPseudonymService implements PseudonymService {
    private final NameStore names;
    private final PseudonymGenerator generator;
    private final Random random;

    LocalPseudonymService(NameStore names, PseudonymGenerator generator, Random random) {
        this.names = names;
        this.generator = generator;
        this.random = random;
    }

    LocalPseudonymService(NameStore names) {
        this(names, PseudonymGenerator.standard(), new SecureRandom());
    }

    @Override
    public String propose(Background background, Gender gender) {
        return propose(background, gender, NameScript.LATIN);
    }

    @Override
    public String propose(Background background, Gender gender, NameScript script) {
        Objects.requireNonNull(background, "background");
        Set<String> taken = new HashSet<>();
        for (NameInUse n : names.all()) {
            taken.addAll(PersonNames.keys(n.name()));
        }
        return generator.propose(background, gender, script, taken, random);
    }

    @Override
    public List<NameCollision> collisions(String typed) {
        return collisions(typed, null);
    }

    @Override
    public List<NameCollision> collisions(String typed, UUID interviewId) {
        Set<String> wanted = PersonNames.keys(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<NameCollision> found = new LinkedHashSet<>();
        for (NameInUse n : names.all()) {
            if (n.kind() == NameInUse.Kind.PSEUDONYM && n.interviewId().equals(interviewId)) {
                continue;
            }
            if (!Collections.disjoint(wanted, PersonNames.keys(n.name()))) {
                found.add(new NameCollision(NameCollision.Kind.valueOf(n.kind().name()), n.interviewId(),
                        n.pseudonym()));
            }
        }
        List<NameCollision> out = new ArrayList<>(found);
        // Real names first: that is the clash that must not be missed.
        out.sort((a, b) -> Integer.compare(severity(a.kind()), severity(b.kind())));
        return out;
    }

    private static int severity(NameCollision.Kind kind) {
        switch (kind) {
            case REAL_NAME:
                return 0;
            case MENTIONED_PERSON:
                return 1;
            default:
                return 2;
        }
    }
}
