package app.caravan.ui.fake;

import app.caravan.app.NameCollision;
import app.caravan.app.PseudonymService;
import app.caravan.domain.Background;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.NameScript;
import app.caravan.domain.PersonNames;
import app.caravan.domain.PseudonymGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Pseudonyms like the vault's: the shipped name lists, minus every name in use. */
final class InMemoryPseudonyms implements PseudonymService {
    private final Object lock;
    private final Map<UUID, Interview> interviews;
    private final Map<UUID, Identity> identities;
    private final Random random = new Random(7);

    InMemoryPseudonyms(Object lock, Map<UUID, Interview> interviews, Map<UUID, Identity> identities) {
        this.lock = lock;
        this.interviews = interviews;
        this.identities = identities;
    }

    @Override
    public String propose(Background background, Gender gender) {
        return propose(background, gender, NameScript.LATIN);
    }

    @Override
    public String propose(Background background, Gender gender, NameScript script) {
        Set<String> taken = new HashSet<>();
        synchronized (lock) {
            interviews.values().forEach(i -> taken.addAll(PersonNames.keys(i.pseudonym())));
            identities.values().forEach(id -> {
                taken.addAll(PersonNames.keys(id.realName()));
                id.mentionedPeople().forEach(p -> taken.addAll(PersonNames.keys(p)));
            });
        }
        return PseudonymGenerator.standard().propose(background, gender, script, taken, random);
    }

    @Override
    public List<NameCollision> collisions(String typed) {
        return collisions(typed, null);
    }

    @Override
    public List<NameCollision> collisions(String typed, UUID interviewId) {
        Set<String> wanted = PersonNames.keys(typed);
        List<NameCollision> out = new ArrayList<>();
        synchronized (lock) {
            for (Interview i : interviews.values()) {
                Identity id = identities.getOrDefault(i.id(), Identity.EMPTY);
                if (!Collections.disjoint(wanted, PersonNames.keys(id.realName()))) {
                    out.add(new NameCollision(NameCollision.Kind.REAL_NAME, i.id(), i.pseudonym()));
                }
                for (String person : id.mentionedPeople()) {
                    if (!Collections.disjoint(wanted, PersonNames.keys(person))) {
                        out.add(new NameCollision(NameCollision.Kind.MENTIONED_PERSON, i.id(), i.pseudonym()));
                    }
                }
                if (!i.id().equals(interviewId) && !Collections.disjoint(wanted, PersonNames.keys(i.pseudonym()))) {
                    out.add(new NameCollision(NameCollision.Kind.PSEUDONYM, i.id(), i.pseudonym()));
                }
            }
        }
        return out;
    }
}
