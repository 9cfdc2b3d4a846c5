package app.caravan.app;

import app.caravan.domain.Background;
import app.caravan.domain.Gender;
import app.caravan.domain.NameScript;
import java.util.List;
import java.util.UUID;

/**
 * Pseudonyms that fit the interviewee's background and point to nobody in the vault.
 *
 * <p>Privacy: real names and mentioned people are read to compare, and nothing of them leaves
 * this service: {@link #collisions} reports only the kind of clash and the pseudonym of the
 * interview it concerns, never the matching name, so a warning cannot reveal an identity that
 * the user did not explicitly reveal.
 */
public interface PseudonymService {
    /**
     * A plausible first name for {@code background} (female or male for {@link Gender#WOMAN} and
     * {@link Gender#MAN}, from both lists for any other gender or null) in Latin script, that is
     * not a pseudonym, real name or mentioned person anywhere in the vault, in any spelling.
     *
     * @throws app.caravan.domain.NamesExhaustedException when every name of that list is taken
     */
    String propose(Background background, Gender gender);

    /** {@link #propose(Background, Gender)} in the given script. */
    String propose(Background background, Gender gender, NameScript script);

    /**
     * Which names in the vault {@code typed} clashes with, word by word and across scripts
     * (typing "Nikolay" clashes with a mentioned "Николай Петров"). Empty when it is safe.
     */
    List<NameCollision> collisions(String typed);

    /**
     * As {@link #collisions(String)} for the pseudonym of {@code interviewId}: that interview's
     * own current pseudonym does not count, its real name and mentioned people do.
     */
    List<NameCollision> collisions(String typed, UUID interviewId);
}
