package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.crypto.AgeIdentity;
import app.caravan.fuzz.BundleSurgery;
import app.caravan.fuzz.FuzzKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values longer than the vault's columns (found by the JSON fuzzer: a 70,000-character city key
 * escaped as a database error) are refused as input errors that say which field and its limit,
 * never the value, and nothing is imported; through interchange JSON and through a bundle.
 */
class ImportValueTooLongTest {
    @TempDir
    Path temp;

    @Test
    void interchangeJsonNamesTheFieldAndItsLimit() throws Exception {
        try (VaultSession session = Fixtures.fastVaults().create(temp.resolve("v"), Fixtures.passphrase())) {
            Path key = Files.writeString(temp.resolve("key.json"), "{\"format\":\"caravan-interviews\",\"version\":1,"
                    + "\"vocabulary\":{\"cities\":[{\"key\":\"" + "k".repeat(300) + "\",\"name\":\"Long\"}]},"
                    + "\"interviews\":[]}");
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> session.interchange().importFile(key));
            assertEquals("key.json: vocabulary.cities[0].key: is 300 characters long; the limit is 120",
                    e.getMessage());

            Path city = Files.writeString(temp.resolve("city.json"), "{\"format\":\"caravan-interviews\","
                    + "\"version\":1,\"interviews\":[{\"id\":\"0b0c0d0e-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"pseudonym\":"
                    + "\"Vera\",\"interviewedAt\":\"2022-10-05T10:00:00+04:00\",\"currentCity\":\"" + "Д".repeat(300)
                    + "\",\"consent\":{\"participation\":true,\"method\":\"verbal\",\"recordedAt\":"
                    + "\"2022-10-05T09:55:00+04:00\"},\"status\":\"draft\"}]}");
            e = assertThrows(InvalidInputException.class, () -> session.interchange().importFile(city));
            assertTrue(e.getMessage().startsWith("city.json: a value is longer than the vault allows for "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith(" characters); nothing was imported"), e.getMessage());
            assertFalse(e.getMessage().contains("ДДД"), "never the value: " + e.getMessage());
            assertEquals(0, session.interviews().list().size());
        }
    }

    @Test
    void aBundleIsRefusedWholeWithTheFieldAndItsLimit() throws Exception {
        FuzzKeys keys = FuzzKeys.load();
        byte[] seed = getClass().getResourceAsStream("/fuzz/bundle/01-one-interview.seed").readAllBytes();
        List<BundleSurgery.Entry> entries;
        try (AgeIdentity identity = keys.identity()) {
            entries = new ArrayList<>(BundleSurgery.open(seed, identity));
        }
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals("vocabulary.json")) {
                ObjectNode doc = (ObjectNode) json.readTree(entries.get(i).data());
                ((ArrayNode) doc.get("vocabulary").get("cities")).addObject().put("key", "long-alias")
                        .put("name", "Long alias").put("country", "Kazakhstan").put("region", "Central Asia")
                        .putArray("aliases").add("а".repeat(300));
                entries.set(i, new BundleSurgery.Entry(entries.get(i).name(), json.writeValueAsBytes(doc)));
            }
        }
        byte[] manifest = BundleSurgery.truthfulManifest(entries.get(0).data(), entries, 1, keys.signing());
        byte[] sealed = BundleSurgery.seal(BundleSurgery.zip(BundleSurgery.signed(manifest, entries, keys.signing())),
                keys.recipient());
        try (VaultSession desk = Fixtures.fastVaults().create(temp.resolve("desk"), Fixtures.passphrase())) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> desk.deskImport()
                    .importBundle(new ByteArrayInputStream(sealed), keys.ageIdentity().toCharArray(), keys.fingerprint()));
            assertEquals("Bad JSON in the bundle: a value is longer than the vault allows for alias (at most 200"
                    + " characters); nothing was imported", e.getMessage());
            assertEquals(0, desk.interviews().list().size());
            assertEquals(0, desk.keys().knownDevices().size(), "not even the device was recorded");
        }
    }
}
