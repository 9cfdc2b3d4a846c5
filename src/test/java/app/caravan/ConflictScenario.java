package app.caravan;

import app.caravan.app.DeskImportService;
import app.caravan.app.VaultSession;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.exchange.BundleContents;
import app.caravan.exchange.BundleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sync conflict made the real way on a desk vault: a field device's signed, sealed bundle is
 * imported, the desk edits the interview, the field edits it too, and its next bundle arrives.
 *
 * <p>The desk changed the answer on line 2 and coded line 4; the field changed line 2 its own way,
 * added line 5, coded "с семьёй" (only in its line 2) and line 4 with another theme.
 */
public final class ConflictScenario {
    public static final String BASE = "Интервьюер: Когда вы уехали?\n"
            + "Ответ: в сентябре, через Казахстан.\n"
            + "Интервьюер: Где вы работаете?\n"
            + "Ответ: удалённо, для компании в Берлине.\n";
    public static final String DESK_LINE = "Ответ: 24 сентября, через Казахстан. DESKCANARY";
    public static final String FIELD_LINE = "Ответ: в конце сентября, через Казахстан, с семьёй. FIELDCANARY";
    public static final String FIELD_TAIL = "Интервьюер: Спасибо. TAILCANARY";
    public static final String DESK = BASE.replace("Ответ: в сентябре, через Казахстан.", DESK_LINE);
    public static final String FIELD = BASE.replace("Ответ: в сентябре, через Казахстан.", FIELD_LINE)
            + FIELD_TAIL + "\n";
    public static final String WORK = "удалённо, для компании в Берлине";
    public static final String FAMILY = "с семьёй";

    private final Ed25519.SigningKeys signer = Ed25519.generate();
    private final UUID device = UUID.randomUUID();

    /** What {@link #create} made. */
    public record Created(UUID interviewId, UUID conflictId, UUID deviceId, String fingerprint) {
    }

    public static Created create(VaultSession desk) throws Exception {
        return new ConflictScenario().run(desk);
    }

    private Created run(VaultSession desk) throws Exception {
        Interview base = Fixtures.fullInterview("SCENARIO").toBuilder().id(UUID.randomUUID()).transcript(BASE)
                .segments(List.of()).notes(List.of()).revision(1).build();
        String fingerprint = Ed25519.fingerprint(signer.publicKey());
        desk.deskImport().importBundle(new ByteArrayInputStream(seal(desk, 1, base)), null, fingerprint);

        Interview here = desk.interviews().get(base.id());
        desk.interviews().save(here.toBuilder().transcript(DESK)
                .segments(List.of(segment(DESK, WORK, "remote-work", "desk memo"))).build());

        Interview field = base.toBuilder().transcript(FIELD).revision(2)
                .segments(List.of(segment(FIELD, FAMILY, "family-left-behind", "field memo"),
                        segment(FIELD, WORK, "family-left-behind", "field memo on work")))
                .build();
        DeskImportService.Result result = desk.deskImport()
                .importBundle(new ByteArrayInputStream(seal(desk, 2, field)), null, null);
        if (result.conflicts() != 1) {
            throw new IllegalStateException("the scenario made no conflict: " + result);
        }
        UUID conflict = desk.deskImport().conflicts().stream().filter(c -> c.interviewId().equals(base.id()))
                .findFirst().orElseThrow().id();
        return new Created(base.id(), conflict, device, fingerprint);
    }

    public static Segment segment(String text, String quote, String theme, String memo) {
        int at = text.indexOf(quote);
        return new Segment(at, at + quote.length(), List.of(theme), memo);
    }

    private byte[] seal(VaultSession desk, long seq, Interview interview) throws Exception {
        BundleContents contents = new BundleContents(device, seq, Instant.now(), desk.vocabulary().current(),
                List.of(new IdentifiedInterview(interview, Identity.EMPTY)), List.of(), List.of(), List.of());
        try (AgeIdentity own = AgeIdentity.generate()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BundleWriter(signer.privateKey(), signer.publicKey(), own.recipient())
                    .write(contents, List.of(AgeRecipient.parse(desk.keys().device().recipient())), out);
            return out.toByteArray();
        }
    }
}
