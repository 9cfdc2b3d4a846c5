package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK-AES file layer writes exactly H2's CIPHER=AES format (ADR 0023): H2's own
 * {@link FileEncrypt} reads what it writes and the other way round, a database written by one
 * opens with the other, a wrong key is reported as such, and nothing is ever written in plain.
 */
class XtsAesFilePathTest {
    private static final String CANARY = "Zarina-Tashkent-canary-7741";
    private static final char[] FILE_PASSWORD = "00112233445566778899aabbccddeeff".toCharArray();

    @TempDir
    Path temp;

    @Test
    void h2ReadsWhatWeWriteAndWeReadWhatH2Writes() throws Exception {
        byte[] password = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(FILE_PASSWORD);
        Random random = new Random(23);
        for (int round = 0; round < 16; round++) {
            // Even rounds: whole blocks, what MVStore writes, to both classes. Odd rounds: odd
            // offsets and lengths, appends and rewrites inside the file, to ours only, because H2's
            // class fails or zeroes the next block on some of those (MVStore never makes them).
            boolean aligned = round % 2 == 0;
            byte[] expected = new byte[0];
            Path ours = temp.resolve("ours" + round + ".bin");
            Path theirs = temp.resolve("theirs" + round + ".bin");
            try (FileChannel a = new XtsAesChannel("ours", password, open(ours), false);
                    FileChannel b = new FileEncrypt("theirs", password.clone(), open(theirs))) {
                for (int write = 0; write < 10; write++) {
                    // No gaps: a block never written reads as noise in this format (as in H2's).
                    long position = aligned ? 4096L * random.nextInt(Math.min(6, expected.length / 4096 + 1))
                            : random.nextInt(expected.length + 1);
                    // Every fourth write is bigger than the channel's 256 KiB piece, as MVStore's chunks are.
                    boolean big = write % 4 == 3;
                    int length = aligned ? 4096 * (big ? 60 + random.nextInt(140) : 1 + random.nextInt(5))
                            : big ? 200_000 + random.nextInt(600_000) : 1 + random.nextInt(10_000);
                    byte[] data = new byte[length];
                    random.nextBytes(data);
                    a.write(ByteBuffer.wrap(data), position);
                    if (aligned) {
                        b.write(ByteBuffer.wrap(data), position);
                    }
                    expected = overlay(expected, data, (int) position);
                    assertEquals(expected.length, a.size(), "size after write " + write + " of round " + round);
                    assertArrayEquals(expected, readAll(a, false), "content after write " + write + " of round " + round);
                    assertRangeReads(a, expected, random, "after write " + write + " of round " + round);
                }
                if (random.nextBoolean()) {
                    int cut = aligned ? expected.length / 4096 / 2 * 4096 : random.nextInt(expected.length + 1);
                    a.truncate(cut);
                    if (aligned) {
                        b.truncate(cut);
                    }
                    expected = java.util.Arrays.copyOf(expected, cut);
                }
            }
            assertArrayEquals(expected, readAll(new FileEncrypt("h2 reads ours", password.clone(), open(ours)), true),
                    "H2 reads what we wrote, round " + round);
            if (aligned) {
                assertEquals(Files.size(theirs), Files.size(ours), "the same layout on disk, round " + round);
                assertArrayEquals(expected, readAll(new XtsAesChannel("we read h2's", password, open(theirs), false), true),
                        "we read what H2 wrote, round " + round);
            }
        }
    }

    @Test
    void aDatabaseWrittenByH2sCipherOpensThroughOurLayerAndBack() throws Exception {
        Path h2Made = temp.resolve("h2made");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Made + ";CIPHER=AES", "sa",
                new String(FILE_PASSWORD) + " pw")) {
            plant(c, "written with CIPHER=AES");
        }
        byte[] password = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(FILE_PASSWORD);
        try (XtsAesFilePath.Registration key = XtsAesFilePath.register(h2Made, password);
                Connection c = DriverManager.getConnection("jdbc:h2:" + XtsAesFilePath.databaseName(h2Made), "sa", "pw")) {
            assertEquals(List.of("written with CIPHER=AES"), rows(c));
            plant(c, "written with the JDK");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Made + ";CIPHER=AES", "sa",
                new String(FILE_PASSWORD) + " pw")) {
            assertEquals(List.of("written with CIPHER=AES", "written with the JDK"), rows(c));
        }
        assertNoCanaryUnder(temp);
    }

    @Test
    void aVaultKeepsNothingInPlainAndItsKeyIsForgottenOnClose() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            new InterviewStore(vault).insert(Fixtures.fullInterview(CANARY));
            assertTrue(XtsAesFilePath.hasKeyFor(dir.resolve(VaultPaths.DATABASE_FILE)));
            assertEquals(String.valueOf(Integer.MAX_VALUE), vault.read("max memory rows", c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_MEMORY_ROWS'")) {
                    r.next();
                    return r.getString(1);
                }
            }), "bigger results would spill to an unencrypted temporary file");
        }
        assertFalse(XtsAesFilePath.hasKeyFor(dir.resolve(VaultPaths.DATABASE_FILE)));
        assertNoCanaryUnder(dir);
        try (Vault vault = Vault.open(dir, Fixtures.passphrase())) {
            assertEquals(1, new InterviewStore(vault).summaries().size());
        }
    }

    @Test
    void anotherVaultsKeyIsReportedAsTheWrongKey() throws Exception {
        Path dir = temp.resolve("vault");
        try (Vault vault = Vault.create(dir, Fixtures.passphrase(), Fixtures.FAST_KDF)) {
            new InterviewStore(vault).insert(Fixtures.fullInterview(CANARY));
        }
        byte[] otherKey = new byte[32];
        new Random(5).nextBytes(otherKey);
        H2Connector wrong = new H2Connector(dir, otherKey);
        try {
            VaultException e = assertThrows(VaultException.class, () -> wrong.connect(true));
            assertEquals(VaultException.Kind.DATABASE_DAMAGED, e.kind());
            assertTrue(e.getMessage().contains("cannot be decrypted with this vault's key"), e.getMessage());
        } finally {
            wrong.wipe();
        }
    }

    @Test
    void aFileWithNoKeyRegisteredIsRefusedNotWrittenInPlain() throws Exception {
        Path stray = temp.resolve("stray.mv.db");
        IOException e = assertThrows(IOException.class,
                () -> FilePath.get(XtsAesFilePath.databaseName(temp.resolve("stray")) + ".mv.db").open("rw"));
        assertTrue(e.getMessage().contains("without encryption"), e.getMessage());
        assertFalse(Files.exists(stray));
    }

    /** Reads at odd offsets and lengths, some longer than a piece, into heap and direct buffers. */
    private static void assertRangeReads(FileChannel channel, byte[] expected, Random random, String when)
            throws IOException {
        for (int i = 0; i < 4; i++) {
            int from = random.nextInt(expected.length);
            int length = 1 + random.nextInt(expected.length - from);
            ByteBuffer buffer = i % 2 == 0 ? ByteBuffer.allocate(length + 3) : ByteBuffer.allocateDirect(length + 3);
            buffer.position(3);
            int read = 0;
            while (read < length) {
                read += channel.read(buffer, from + read);
            }
            byte[] got = new byte[length];
            buffer.position(3);
            buffer.get(got);
            assertArrayEquals(java.util.Arrays.copyOfRange(expected, from, from + length), got,
                    "bytes " + from + ".." + (from + length) + " " + when);
        }
    }

    private static void plant(Connection c, String value) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t(v VARCHAR, note CLOB)");
            s.execute("INSERT INTO t VALUES ('" + value + "', '" + CANARY.repeat(2000) + "')");
        }
    }

    private static List<String> rows(Connection c) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT v, note FROM t ORDER BY v")) {
            while (r.next()) {
                assertEquals(CANARY.repeat(2000), r.getString(2));
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static void assertNoCanaryUnder(Path root) throws IOException {
        byte[] utf8 = CANARY.getBytes(StandardCharsets.UTF_8);
        for (Path file : Fixtures.filesUnder(root)) {
            byte[] content = Files.readAllBytes(file);
            assertFalse(contains(content, utf8), "plain text in " + file);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static byte[] overlay(byte[] base, byte[] data, int position) {
        byte[] result = java.util.Arrays.copyOf(base, Math.max(base.length, position + data.length));
        System.arraycopy(data, 0, result, position, data.length);
        return result;
    }

    private static byte[] readAll(FileChannel channel, boolean close) throws IOException {
        try {
            ByteBuffer all = ByteBuffer.allocate((int) channel.size());
            long position = 0;
            while (all.hasRemaining()) {
                int n = channel.read(all, position);
                if (n < 0) {
                    break;
                }
                position += n;
            }
            return all.array();
        } finally {
            if (close) {
                channel.close();
            }
        }
    }
}
