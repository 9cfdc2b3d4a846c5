package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.crypto.AgeIdentity;
import app.caravan.domain.Vocabulary;
import app.caravan.fuzz.BundleSurgery;
import app.caravan.fuzz.FuzzCampaign;
import app.caravan.fuzz.FuzzKeys;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON entry is read into an array of the size its signed manifest declares: one that holds
 * more or fewer bytes than that is refused, not cut to size or padded.
 */
class BundleEntrySizeTest {
    @Test
    void anInterviewEntryLongerOrShorterThanDeclaredIsRefused() throws Exception {
        FuzzKeys keys = FuzzKeys.load();
        Path seed = FuzzCampaign.corpus("bundle", ".seed").get(0);
        try (AgeIdentity identity = keys.identity()) {
            List<BundleSurgery.Entry> entries = BundleSurgery.open(Files.readAllBytes(seed), identity);
            byte[] manifest = BundleSurgery.truthfulManifest(entries.get(0).data(), entries, 1, keys.signing());
            int target = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().startsWith("interviews/")) {
                    target = i;
                    break;
                }
            }
            assertTrue(target >= 0, "the seed has an interview entry");
            byte[] data = entries.get(target).data();
            String name = entries.get(target).name();
            byte[] longer = Arrays.copyOf(data, data.length + 1);
            longer[data.length] = ' ';
            assertTrue(refusal(keys, identity, manifest, entries, target, longer).contains("longer than"));
            String shorter = refusal(keys, identity, manifest, entries, target, Arrays.copyOf(data, data.length - 1));
            assertTrue(shorter.startsWith("Size mismatch") && shorter.contains(name), shorter);
        }
    }

    private static String refusal(FuzzKeys keys, AgeIdentity identity, byte[] manifest, List<BundleSurgery.Entry> entries,
            int target, byte[] data) throws Exception {
        List<BundleSurgery.Entry> edited = new ArrayList<>(entries);
        edited.set(target, new BundleSurgery.Entry(entries.get(target).name(), data));
        byte[] sealed = BundleSurgery.seal(BundleSurgery.zip(BundleSurgery.signed(manifest, edited, keys.signing())),
                keys.recipient());
        BundleException e = assertThrows(BundleException.class, () -> new BundleReader(BundleLimits.DEFAULT, Vocabulary.EMPTY)
                .read(new ByteArrayInputStream(sealed), identity, (device, key) -> { }, (attachment, content) -> { }));
        return e.getMessage();
    }
}
