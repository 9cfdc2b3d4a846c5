package app.caravan.anonymize;

/**
 * A piece of text that could be replaced, before overlaps are settled and people numbered.
 *
 * @param person for PERSON: which person (identity order, then one per MARK decision); else -1
 * @param marked true when an editor's MARK decision asked for it
 */
record Candidate(int start, int end, Category category, String placeholder, int person, boolean marked) {
    static Candidate of(int start, int end, Category category, String placeholder) {
        return new Candidate(start, end, category, placeholder, -1, false);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
