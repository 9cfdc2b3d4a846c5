package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeIdentity;
import app.caravan.fuzz.BundleFuzzer;
import app.caravan.fuzz.BundleSurgery;
import app.caravan.fuzz.FuzzCampaign;
import app.caravan.fuzz.FuzzKeys;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation of sealed bundles through the desk's import path (issue 8): every input is
 * either imported or refused with {@link InvalidInputException} carrying one clear line, and a
 * refused one leaves every table of the vault exactly as it was. Seeds and checked-in regressions
 * live in src/test/resources/fuzz/bundle; counts and replay: {@link FuzzCampaign}.
 */
@Tag("torture")
class BundleImportFuzzTest {
    /** Every refusal starts with one of these: the reasons bundle-format.md lists, and the desk's own. */
    private static final List<String> REASONS = List.of("Wrong recipient", "Truncated bundle", "Damaged bundle",
            "Bad signature", "Unknown entry", "Path traversal", "Duplicate entry", "Zip bomb", "Size mismatch",
            "Hash mismatch", "Bad JSON in ", "Not a caravan bundle", "Incomplete bundle", "Bad bundle order",
            "Unsupported bundle version", "Replay", "Unknown device", "The attachment ", "The content of attachment ");

    @TempDir
    Path temp;

    @Test
    void mutatedBundlesAreImportedOrRefusedWithOneClearLineAndNoPartialWrite() throws Exception {
        FuzzCampaign campaign = new FuzzCampaign("bundle");
        FuzzKeys keys = FuzzKeys.load();
        List<BundleFuzzer.Seed> seeds = new ArrayList<>();
        try (AgeIdentity identity = keys.identity()) {
            for (Path file : FuzzCampaign.corpus("bundle", ".seed")) {
                byte[] sealed = Files.readAllBytes(file);
                seeds.add(new BundleFuzzer.Seed(file.getFileName().toString(), sealed,
                        BundleSurgery.open(sealed, identity)));
            }
        }
        assertTrue(seeds.size() >= 3, "the seed corpus is missing");
        BundleFuzzer fuzzer = new BundleFuzzer(seeds, keys);
        Path dir = temp.resolve("desk");
        try (FuzzVault desk = new FuzzVault(dir, session -> {
            for (BundleFuzzer.Seed seed : seeds) {
                DeskImportService.Result result = importing(session, keys, seed.sealed());
                assertTrue(!result.alreadyImported(), seed.name() + " is a valid, new bundle");
            }
        })) {
            for (Path regression : FuzzCampaign.corpus("bundle/regressions", ".seed")) {
                judge(campaign, desk, keys, -1, "regression " + regression.getFileName(), Files.readAllBytes(regression));
            }
            for (int i = campaign.from(); i < campaign.to(); i++) {
                BundleFuzzer.Input input = fuzzer.make(campaign.random(i), 1_000L + i);
                judge(campaign, desk, keys, i, input.how(), input.sealed());
            }
            System.out.println(campaign.summary() + "; " + desk.stats());
        }
        try (VaultSession reopened = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            assertTrue(reopened.interviews().list().size() >= 1, "the vault opens and holds the seeds' interviews");
        }
        assertEquals(List.of(), campaign.failures(), campaign.summary());
    }

    private static void judge(FuzzCampaign campaign, FuzzVault desk, FuzzKeys keys, int index, String how,
            byte[] sealed) throws Exception {
        try {
            importing(desk.session(), keys, sealed);
            campaign.accepted();
            desk.acceptedOne();
            return;
        } catch (InvalidInputException e) {
            String message = e.getMessage();
            String unclear = FuzzCampaign.unclear(message, null);
            if (unclear == null && REASONS.stream().noneMatch(message::startsWith)) {
                unclear = "gives no known reason";
            }
            if (unclear != null) {
                campaign.fail(index, how, "the refusal " + unclear + ": " + message, sealed, ".seed");
            }
            campaign.refused(reason(message));
        } catch (Throwable t) {
            campaign.fail(index, how, "uncaught " + t, sealed, ".seed");
            t.printStackTrace();
        }
        List<String> changed = desk.changedByRefusal();
        if (!changed.isEmpty()) {
            campaign.fail(index, how, "the refused bundle changed the vault: " + changed, sealed, ".seed");
        }
    }

    private static DeskImportService.Result importing(VaultSession desk, FuzzKeys keys, byte[] sealed)
            throws InvalidInputException {
        return desk.deskImport().importBundle(new ByteArrayInputStream(sealed), keys.ageIdentity().toCharArray(),
                keys.fingerprint());
    }

    static String reason(String message) {
        String head = message == null ? "none" : message.split(":", 2)[0];
        head = head.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\d+", "N");
        return head.length() > 48 ? head.substring(0, 48) : head;
    }
}
