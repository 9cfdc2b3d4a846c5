package app.caravan.app;

import app.caravan.Fixtures;
import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Run in a separate JVM by {@link SaveTortureTest}: opens the vault through the app's own
 * {@link LocalVaultService}, then saves one interview through {@link InterviewService#save}
 * as fast as it can, with a growing counter at the start of the transcript, and prints
 * {@code ACK n} after each save returned. Every seventh save also flips a consent flag, so
 * consent history rows are written in the same transactions. It never stops by itself: the
 * test kills it.
 */
public final class SaveLoop {
    static final String PREFIX = "counter=";

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID id = UUID.fromString(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        try (VaultSession session = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            System.out.println("OPEN");
            System.out.flush();
            Interview current = session.interviews().get(id);
            long n = counterOf(current.transcript());
            while (true) {
                n++;
                // From a few bytes to a few hundred KiB: small rows and large CLOBs both get cut.
                String transcript = PREFIX + n + "\n" + "Мы уехали в сентябре. ".repeat(random.nextInt(8_000) + 1);
                Consent consent = current.consent();
                if (n % 7 == 0) {
                    consent = new Consent(true, !consent.audioRecording(), consent.verbatimQuotes(), false, false,
                            false, consent.method(), consent.recordedAt(), null);
                }
                current = session.interviews().save(current.toBuilder().transcript(transcript).consent(consent)
                        .segments(List.of(new Segment(0, PREFIX.length(), List.of("remote-work"), "n=" + n, true)))
                        .build());
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }

    static long counterOf(String transcript) {
        if (!transcript.startsWith(PREFIX)) {
            return 0;
        }
        int end = transcript.indexOf('\n');
        return Long.parseLong(transcript.substring(PREFIX.length(), end < 0 ? transcript.length() : end));
    }
}
