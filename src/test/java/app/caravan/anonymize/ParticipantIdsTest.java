package app.caravan.anonymize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ParticipantIdsTest {
    private static final Pattern SHAPE = Pattern.compile("P-[A-Z2-7]{8}");

    private static List<UUID> interviews(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.nameUUIDFromBytes(("interview " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return ids;
    }

    @Test
    void randomIdsHaveTheShapeAreUniqueAndFollowTheInput() {
        List<UUID> interviews = interviews(20_000);
        Map<UUID, String> ids = ParticipantIds.random(interviews);
        assertEquals(interviews, List.copyOf(ids.keySet()));
        assertEquals(20_000, new HashSet<>(ids.values()).size());
        ids.values().forEach(id -> assertTrue(SHAPE.matcher(id).matches(), id));
    }

    @Test
    void randomIdsAreFreshForEveryExport() {
        List<UUID> interviews = interviews(50);
        Map<UUID, String> first = ParticipantIds.random(interviews);
        Map<UUID, String> second = ParticipantIds.random(interviews);
        for (UUID interview : interviews) {
            assertNotEquals(first.get(interview), second.get(interview));
        }
    }

    @Test
    void randomIdsRetryOnACollision() {
        // A generator that repeats itself: the second draw equals the first, the third is new.
        SecureRandom repeating = new SecureRandom() {
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) (calls++ < 2 ? 0 : 0xff));
            }
        };
        Map<UUID, String> ids = ParticipantIds.random(interviews(2), repeating);
        assertEquals(List.of("P-AAAAAAAA", "P-77777777"), List.copyOf(ids.values()));
    }

    @Test
    void stableIdsAreAnHmacOfTheInterviewIdUnderTheSecret() throws Exception {
        byte[] secret = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        byte[] copy = secret.clone();
        List<UUID> interviews = interviews(1000);
        Map<UUID, String> ids = ParticipantIds.stable(secret, interviews);

        assertArrayEquals(copy, secret, "the caller's secret is left as it was");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(copy, "HmacSHA256"));
        for (UUID interview : interviews) {
            byte[] expected = mac.doFinal(("caravan-participant-id-v1:" + interview).getBytes(StandardCharsets.US_ASCII));
            assertEquals("P-" + ParticipantIds.base32(expected, 8), ids.get(interview));
            assertTrue(SHAPE.matcher(ids.get(interview)).matches());
        }
        assertEquals(ids, ParticipantIds.stable(copy, interviews), "the same in every export");
        assertEquals(ids.get(interviews.get(7)), ParticipantIds.stable(copy, List.of(interviews.get(7)))
                .get(interviews.get(7)), "independent of the other interviews exported");
        copy[0] ^= 1;
        Map<UUID, String> other = ParticipantIds.stable(copy, interviews);
        for (UUID interview : interviews) {
            assertNotEquals(ids.get(interview), other.get(interview), "another vault, other ids");
        }
    }

    @Test
    void collidingStableIdsGrowLongerAndStayUnique() {
        // Two characters (1,024 values) for 200 interviews: collisions are certain.
        byte[] secret = new byte[32];
        List<UUID> interviews = interviews(200);
        Map<UUID, String> ids = ParticipantIds.stable(secret, interviews, 2);
        assertEquals(200, new HashSet<>(ids.values()).size());
        long longer = ids.values().stream().filter(id -> id.length() == 2 + 4).count();
        assertTrue(longer >= 2, "some ids had to grow: " + longer);
        Map<UUID, String> alone = ParticipantIds.stable(secret, List.of(interviews.get(0)), 2);
        ids.forEach((interview, id) -> {
            if (id.length() == 4) {
                assertEquals(id, ParticipantIds.stable(secret, List.of(interview), 2).get(interview),
                        "an id without a collision is the one it has alone");
            }
        });
        assertEquals(4, alone.get(interviews.get(0)).length());
    }

    @Test
    void hmacMatchesRfc4231() {
        // RFC 4231 test cases 2 (short key) and 6 (key longer than the block).
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(ParticipantIds.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))));
        byte[] key = new byte[131];
        java.util.Arrays.fill(key, (byte) 0xaa);
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                HexFormat.of().formatHex(ParticipantIds.hmacSha256(key,
                        "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void base32IsRfc4648() {
        assertEquals("MZXW6YTB", ParticipantIds.base32("fooba".getBytes(StandardCharsets.US_ASCII), 8));
        assertEquals("MZXW6YTBO", ParticipantIds.base32("foobar".getBytes(StandardCharsets.US_ASCII), 9));
        assertThrows(IllegalArgumentException.class, () -> ParticipantIds.base32(new byte[4], 8));
    }

    @Test
    void aShortOrMissingSecretIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParticipantIds.stable(new byte[15], interviews(1)));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParticipantIds.stable(null, interviews(1)));
    }

    @Test
    void schemesDescribeWhetherExportsLink() {
        assertTrue(ParticipantIds.Scheme.RANDOM.description().contains("do not link"));
        assertTrue(ParticipantIds.Scheme.STABLE.description().contains("same id in every export"));
    }
}
