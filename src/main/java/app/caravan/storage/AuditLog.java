package app.caravan.storage;

import app.caravan.domain.AuditEntry;
import app.caravan.domain.Consent;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vault's audit log: listens to every interview change and appends one entry per changed
 * field, in the change's own transaction (see {@link InterviewListener}); review comments and
 * role changes are appended by their stores the same way.
 *
 * <p>What is in clear and what is keyed-hashed: statuses, dates, vocabulary keys (cities,
 * profession, themes), age band, gender, language, consent flags and the interviewer (a team
 * member, not a source) reveal nothing about who was interviewed or what they said. The
 * pseudonym (often close to a real first name), identity, transcript, segments (memos), notes
 * and comment bodies could, so only their HMAC under the interview's audit key is kept.
 */
public final class AuditLog implements InterviewListener {
    /** A field compared on every update: its name, how to read it, and whether it is sensitive. */
    private record Field(String name, Function<Interview, String> value, boolean sensitive) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("pseudonym", Interview::pseudonym, true),
            new Field("interviewedAt", i -> String.valueOf(i.interviewedAt()), false),
            new Field("interviewer", Interview::interviewer, false),
            new Field("language", Interview::language, false),
            new Field("place", Interview::place, false),
            new Field("currentCity", Interview::currentCity, false),
            new Field("originCity", Interview::originCity, false),
            new Field("profession", Interview::profession, false),
            new Field("ageBand", i -> i.ageBand() == null ? null : i.ageBand().key(), false),
            new Field("gender", i -> i.gender() == null ? null : i.gender().key(), false),
            new Field("departure.date", i -> i.departure().date() == null ? null : i.departure().date().toString(),
                    false),
            new Field("departure.wave", i -> i.departure().wave() == null ? null : i.departure().wave().key(), false),
            new Field("themes", i -> String.join(",", i.themes()), false),
            new Field("consent.participation", i -> String.valueOf(i.consent().participation()), false),
            new Field("consent.audioRecording", i -> String.valueOf(i.consent().audioRecording()), false),
            new Field("consent.verbatimQuotes", i -> String.valueOf(i.consent().verbatimQuotes()), false),
            new Field("consent.publishUnderPseudonym", i -> String.valueOf(i.consent().publishUnderPseudonym()),
                    false),
            new Field("consent.shareAnonymizedForResearch",
                    i -> String.valueOf(i.consent().shareAnonymizedForResearch()), false),
            new Field("consent.recontact", i -> String.valueOf(i.consent().recontact()), false),
            new Field("consent.method", i -> consent(i, c -> c.method() == null ? null : c.method().key()), false),
            new Field("consent.recordedAt", i -> consent(i, c -> Objects.toString(c.recordedAt(), null)), false),
            new Field("consent.withdrawnAt", i -> consent(i, c -> Objects.toString(c.withdrawnAt(), null)), false),
            new Field("status", i -> i.status().key(), false),
            new Field("transcript", Interview::transcript, true),
            new Field("segments", AuditLog::segments, true),
            new Field("notes", AuditLog::notes, true));

    private final Vault vault;
    /** Inside a batch (one transaction, under the vault's lock): the head as moved so far, not yet written. */
    private boolean inBatch;
    private AuditRows.Head batchHead;

    public AuditLog(Vault vault) {
        this.vault = vault;
    }

    @Override
    public void interviewChanged(Connection c, InterviewChange change) throws SQLException {
        switch (change.kind()) {
            case CREATED:
            case IMPORTED:
                append(c, change.at(), change.actor(), change.id(), change.kind() == InterviewChange.Kind.CREATED
                        ? "created" : "imported", null, AuditRows.keyed(c, change.id(), change.after().pseudonym()));
                break;
            case UPDATED:
                for (Field field : FIELDS) {
                    String before = blankToNull(field.value().apply(change.before()));
                    String after = blankToNull(field.value().apply(change.after()));
                    if (!Objects.equals(before, after)) {
                        append(c, change.at(), change.actor(), change.id(), field.name(),
                                field.sensitive() ? AuditRows.keyed(c, change.id(), before) : before,
                                field.sensitive() ? AuditRows.keyed(c, change.id(), after) : after);
                    }
                }
                break;
            case DELETED:
            case PURGED:
                // The row and with it the audit key are gone: nothing about the content can be hashed any more.
                append(c, change.at(), change.actor(), change.id(), change.kind() == InterviewChange.Kind.DELETED
                        ? "deleted" : "purged", null, null);
                break;
            default:
                throw new IllegalStateException("Unknown interview change " + change.kind());
        }
    }

    @Override
    public void identityChanged(Connection c, UUID interviewId, Identity before, Identity after, String actor,
            Instant at) throws SQLException {
        Identity old = before == null ? Identity.EMPTY : before;
        String[][] pairs = {
            {"identity.realName", old.realName(), after.realName()},
            {"identity.contact", old.contact(), after.contact()},
            {"identity.mentionedPeople", String.join("\n", old.mentionedPeople()),
                String.join("\n", after.mentionedPeople())}};
        for (String[] pair : pairs) {
            if (!Objects.equals(blankToNull(pair[1]), blankToNull(pair[2]))) {
                append(c, at, actor, interviewId, pair[0], AuditRows.keyed(c, interviewId, pair[1]),
                        AuditRows.keyed(c, interviewId, pair[2]));
            }
        }
    }

    /** Every entry, oldest first, with the head (null when its row is missing). */
    public record Snapshot(List<AuditEntry> entries, Optional<Long> headSeq, String headHash) {
    }

    public Snapshot snapshot() {
        return vault.read("reading the audit log", c -> {
            AuditRows.Head head = AuditRows.head(c);
            return new Snapshot(AuditRows.list(c, null), head == null ? Optional.empty() : Optional.of(head.seq()),
                    head == null ? null : head.hash());
        });
    }

    /** The entries about one interview, oldest first. */
    public List<AuditEntry> forInterview(UUID interviewId) {
        return vault.read("reading the audit log of an interview", c -> AuditRows.list(c, interviewId));
    }

    /** Appends on the caller's transaction (review comments, role changes). */
    void append(Connection c, Instant at, String actor, UUID interviewId, String field, String oldValue,
            String newValue) throws SQLException {
        String who = actor == null || actor.isBlank() ? "unknown" : actor;
        if (!inBatch) {
            AuditRows.append(c, at, who, interviewId, field, oldValue, newValue);
            return;
        }
        // In a batch the head lives here and its row moves once, at the end: reading and
        // rewriting that one row for each of 10,000 imported interviews cost a tenth of an import.
        if (batchHead == null) {
            batchHead = AuditRows.existingHead(c);
        }
        AuditEntry entry = AuditRows.appendAfter(c, batchHead, at, who, interviewId, field, oldValue, newValue);
        batchHead = new AuditRows.Head(entry.seq(), entry.hash());
    }

    @Override
    public void batchStarted() {
        inBatch = true;
        batchHead = null;
    }

    @Override
    public void batchCompleted(Connection c) throws SQLException {
        if (batchHead != null) {
            AuditRows.moveHead(c, batchHead);
        }
    }

    @Override
    public void batchEnded() {
        inBatch = false;
        batchHead = null;
    }

    /** The keyed hash of a sensitive value of {@code interviewId}, on the caller's transaction. */
    String keyed(Connection c, UUID interviewId, String value) throws SQLException {
        return AuditRows.keyed(c, interviewId, value);
    }

    private static String consent(Interview i, Function<Consent, String> value) {
        return value.apply(i.consent());
    }

    /** One line per segment with everything it holds, so any change of offsets, themes, memo or mark shows. */
    private static String segments(Interview i) {
        return i.segments().stream()
                .map((Segment s) -> s.start() + "\t" + s.end() + "\t" + String.join(",", s.themes()) + "\t"
                        + s.quotable() + "\t" + s.memo())
                .collect(Collectors.joining("\n"));
    }

    private static String notes(Interview i) {
        return i.notes().stream().map((Note n) -> n.offset().getSeconds() + "\t" + n.text())
                .collect(Collectors.joining("\n"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
