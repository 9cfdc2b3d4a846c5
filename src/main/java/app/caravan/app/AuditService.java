package app.caravan.app;

import app.caravan.domain.AuditEntry;
import java.util.List;
import java.util.UUID;

/** The vault's append-only, hash-chained log of every change. */
public interface AuditService {
    /** The entries about one interview, oldest first. */
    List<AuditEntry> forInterview(UUID interviewId);

    /** Every entry, oldest first (interview changes, comments, role changes). */
    default List<AuditEntry> all() {
        throw new UnsupportedOperationException("listing the whole audit log is not supported by " + getClass().getName());
    }

    /** Walks the whole chain; says whether it is intact, and if not, where and how it was broken. */
    AuditReport verify();
}
