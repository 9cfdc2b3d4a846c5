package app.caravan.app;

import app.caravan.Fixtures;
import app.caravan.domain.Attachment;
import app.caravan.domain.Interview;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Run in a separate, small-heap JVM by {@link LargeAttachmentTest} (and by hand for figures):
 * creates a vault in {@code args[0]}, streams {@code args[1]} MiB of {@link SyntheticContent}
 * with canary {@code args[2]} into it and back, and prints
 * {@code OK <id> <sha written> <sha read> <write MB/s> <read MB/s> <heap used MiB> <max heap MiB>}.
 */
public final class AttachmentRoundTrip {
    private AttachmentRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]) << 20;
        try (VaultSession session = Fixtures.fastVaults().create(dir, Fixtures.passphrase())) {
            Interview interview = Fixtures.consentedInterview(session);
            long t0 = System.nanoTime();
            Attachment stored = session.attachments().add(interview.id(), "interview.wav", "audio/wav",
                    new SyntheticContent(size, args[2], 1), size, null);
            double write = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long read = 0;
            try (InputStream in = session.attachments().open(stored.id())) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                    read += n;
                }
            }
            double readTime = (System.nanoTime() - t1) / 1e9;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("OK %s %s %s %.1f %.1f %d %d%n", stored.id(), stored.sha256(),
                    HexFormat.of().formatHex(sha.digest()), size / 1e6 / write, read / 1e6 / readTime,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
    }
}
