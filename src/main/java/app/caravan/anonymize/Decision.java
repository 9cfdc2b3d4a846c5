package app.caravan.anonymize;

import java.util.Objects;

/**
 * An editor's decision from the preview, kept for the next export. {@link Kind#UNDO} keeps the
 * automatically replaced text equal to {@code quote} that lies nearest {@code approximateStart};
 * {@link Kind#MARK} replaces every occurrence of {@code quote} (case-insensitive, whole words)
 * as {@code category}. Decisions are anchored by the quote, not by offsets alone, so they
 * survive later edits of the transcript; a decision whose quote no longer occurs does nothing.
 *
 * @param category required for MARK; for UNDO, when given, only a replacement of that category is undone
 */
public record Decision(Kind kind, Category category, String quote, int approximateStart) {
    public enum Kind {
        UNDO,
        MARK
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException(kind + " decision needs the quoted text it applies to");
        }
        if (kind == Kind.MARK && category == null) {
            throw new IllegalArgumentException("MARK decision needs a category");
        }
    }

    public static Decision undo(String quote, int approximateStart) {
        return new Decision(Kind.UNDO, null, quote, approximateStart);
    }

    public static Decision mark(Category category, String quote) {
        return new Decision(Kind.MARK, category, quote, 0);
    }

    /** Redacted: the quote is usually a real name and must not reach logs or stack traces. */
    @Override
    public String toString() {
        return "Decision[" + kind + (category == null ? "" : " " + category) + " at ~" + approximateStart + "]";
    }
}
