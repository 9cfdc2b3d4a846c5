package app.caravan.app;

/**
 * The outcome of checking the audit chain. When {@code intact} is false, {@code problem} says
 * what was wrong in one line (an edited, deleted, inserted or reordered entry) and
 * {@code seq} names the first entry where the chain breaks.
 */
public record AuditReport(boolean intact, long entries, long seq, String problem) {
    public static AuditReport ok(long entries) {
        return new AuditReport(true, entries, -1, "");
    }

    public static AuditReport broken(long entries, long seq, String problem) {
        return new AuditReport(false, entries, seq, problem);
    }
}
