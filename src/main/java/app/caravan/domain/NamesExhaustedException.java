package app.caravan.domain;

/**
 * Every name the generator knows for a background (and gender) is already used in the vault,
 * as a pseudonym, a real name or a mentioned person. The user has to type a pseudonym.
 */
public class NamesExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Background background;
    private final transient Gender gender;
    private final int listSize;

    public NamesExhaustedException(Background background, Gender gender, int listSize) {
        super("All " + listSize + " " + describe(background, gender) + " names the generator knows are already used"
                + " in this vault (as pseudonyms, real names or mentioned people); type a pseudonym instead");
        this.background = background;
        this.gender = gender;
        this.listSize = listSize;
    }

    public Background background() {
        return background;
    }

    /** The gender asked for, or null when both lists were drawn from. */
    public Gender gender() {
        return gender;
    }

    public int listSize() {
        return listSize;
    }

    private static String describe(Background background, Gender gender) {
        String who = gender == Gender.WOMAN ? " female" : gender == Gender.MAN ? " male" : "";
        return background.key() + who;
    }
}
