package app.caravan.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the vault's append-only audit log. {@code oldValue}/{@code newValue} are in
 * clear only for values that reveal nothing about a person (status, city keys, consent flags);
 * sensitive values (names, contacts, transcript, notes, memos, comments) appear only as keyed
 * hashes. {@code hash} covers the entry and the previous entry's hash (the chain).
 */
public record AuditEntry(long seq, Instant at, String actor, UUID interviewId, String field, String oldValue,
        String newValue, String previousHash, String hash) {
}
