package app.caravan.app;

import app.caravan.domain.AuditChain;
import app.caravan.domain.AuditEntry;
import app.caravan.storage.AuditLog;
import java.util.List;
import java.util.UUID;

final class LocalAuditService implements AuditService {
    private final AuditLog log;

    LocalAuditService(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<AuditEntry> forInterview(UUID interviewId) {
        return log.forInterview(interviewId);
    }

    @Override
    public List<AuditEntry> all() {
        return log.snapshot().entries();
    }

    @Override
    public AuditReport verify() {
        AuditLog.Snapshot snapshot = log.snapshot();
        long entries = snapshot.entries().size();
        if (snapshot.headSeq().isEmpty()) {
            return AuditReport.broken(entries, entries, "the log's head record is missing: it was deleted");
        }
        AuditChain.Finding finding = AuditChain.verify(snapshot.entries(), snapshot.headSeq().get(),
                snapshot.headHash());
        return finding.intact() ? AuditReport.ok(entries) : AuditReport.broken(entries, finding.seq(), finding.problem());
    }
}
