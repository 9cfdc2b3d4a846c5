package app.caravan.app;

import app.caravan.domain.Interview;
import java.util.Objects;

/**
 * A stored interview and what the save had to change on its own: {@code unmarkedQuotes} segments
 * lost their quotable mark because this save revoked verbatim-quote consent.
 */
public record SaveResult(Interview saved, int unmarkedQuotes) {
    public SaveResult {
        Objects.requireNonNull(saved, "saved");
        if (unmarkedQuotes < 0) {
            throw new IllegalArgumentException("unmarkedQuotes is negative");
        }
    }
}
