package app.caravan.app;

import app.caravan.crypto.AgeException;
import app.caravan.domain.Problem;

/** The crypto layer's reasons as {@link Problem}s, so a refused key reads in the user's language. */
final class AgeProblems {
    private AgeProblems() {
    }

    /** A Problem argument for {@code e}: its keyed reason, or the exception itself (shown by its message). */
    static Object reason(AgeException e) {
        return e.key() == null ? e : new Problem(e.key(), e.args());
    }

    /** {@code e} itself as the rejection, keyed when the crypto layer keyed it. */
    static InvalidInputException rejected(AgeException e) {
        return e.key() == null ? new InvalidInputException(e.getMessage(), e)
                : new InvalidInputException(new Problem(e.key(), e.args()), e);
    }
}
