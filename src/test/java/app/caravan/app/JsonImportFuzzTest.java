package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.fuzz.FuzzCampaign;
import app.caravan.fuzz.JsonMutator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation of interchange JSON through the app's import (issue 8), alternately from a
 * stream and from a file as the command line does: every input is imported whole or refused
 * with {@link InvalidInputException} whose one line starts with the file's name, and a refused
 * one leaves every table as it was. Seeds (valid and invalid files) and checked-in regressions
 * live in src/test/resources/fuzz/json.
 */
@Tag("torture")
class JsonImportFuzzTest {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    Path temp;

    @Test
    void mutatedJsonIsImportedWholeOrRefusedWithOneClearLineAndNoPartialWrite() throws Exception {
        FuzzCampaign campaign = new FuzzCampaign("json");
        List<byte[]> seeds = new ArrayList<>();
        for (Path file : FuzzCampaign.corpus("json", ".json")) {
            seeds.add(Files.readAllBytes(file));
        }
        assertTrue(seeds.size() >= 5, "the seed corpus is missing");
        Path dir = temp.resolve("vault");
        try (FuzzVault vault = new FuzzVault(dir, session -> { })) {
            for (Path regression : FuzzCampaign.corpus("json/regressions", ".json")) {
                judge(campaign, vault, -1, "regression " + regression.getFileName(), Files.readAllBytes(regression));
            }
            for (int i = campaign.from(); i < campaign.to(); i++) {
                SplittableRandom random = campaign.random(i);
                int pick = random.nextInt(seeds.size());
                StringBuilder how = new StringBuilder("seed ").append(pick).append(": ");
                byte[] seed = seeds.get(pick);
                if (random.nextInt(10) < 7) {
                    seed = freshIds(seed, random);
                    how.append("fresh ids ");
                }
                byte[] input = new JsonMutator(random, how).mutate(seed, seeds);
                judge(campaign, vault, i, how.toString(), input);
            }
            System.out.println(campaign.summary() + "; " + vault.stats());
        }
        try (VaultSession reopened = Fixtures.fastVaults().open(dir, Fixtures.passphrase())) {
            reopened.interviews().list();
        }
        assertEquals(List.of(), campaign.failures(), campaign.summary());
    }

    private void judge(FuzzCampaign campaign, FuzzVault vault, int index, String how, byte[] input) throws Exception {
        String name = "input-" + index + ".json";
        try {
            if (index % 2 == 0) {
                vault.session().interchange().importStream(name, new ByteArrayInputStream(input));
            } else {
                Path file = Files.write(temp.resolve(name), input);
                try {
                    vault.session().interchange().importFile(file);
                } finally {
                    Files.delete(file);
                }
            }
            campaign.accepted();
            vault.acceptedOne();
            return;
        } catch (InvalidInputException e) {
            String unclear = FuzzCampaign.unclear(e.getMessage(), name + ": ");
            if (unclear == null && e.getMessage().contains("line -")) {
                unclear = "gives no place in the file";
            }
            if (unclear != null) {
                campaign.fail(index, how, "the refusal " + unclear + ": " + e.getMessage(), input, ".json");
            }
            campaign.refused(BundleImportFuzzTest.reason(e.getMessage() == null ? null
                    : e.getMessage().substring(Math.min(e.getMessage().length(), name.length() + 2))));
        } catch (Throwable t) {
            campaign.fail(index, how, "uncaught " + t, input, ".json");
            t.printStackTrace();
        }
        List<String> changed = vault.changedByRefusal();
        if (!changed.isEmpty()) {
            campaign.fail(index, how, "the refused file changed the vault: " + changed, input, ".json");
        }
    }

    /** The same document with every id replaced consistently, so it is new to the vault again. */
    private static byte[] freshIds(byte[] json, SplittableRandom random) {
        Map<String, String> renamed = new HashMap<>();
        Matcher m = UUID_TEXT.matcher(new String(json, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, renamed.computeIfAbsent(m.group(),
                    k -> new UUID(random.nextLong(), random.nextLong()).toString()));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
