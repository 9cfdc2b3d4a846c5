package app.caravan.storage;

import app.caravan.crypto.Secrets;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Diagnosis of a vault's MVStore file, for the kill -9 torture work (ADR 0020): decrypts the
 * file in memory (test data only; nothing is written) and lists both store headers and every
 * chunk header and footer found in it, so a copy kept by a failing round shows which chunks a
 * crash left and which one H2's recovery should pick. Run as
 * {@code java -cp ... app.caravan.storage.ChunkDump VAULT_DIR PASSPHRASE} ({@code -Dchunkdump.full=true}
 * prints every header field).
 */
public final class ChunkDump {
    private static final int BLOCK = 4096;

    private ChunkDump() {
    }

    public static void main(String[] args) throws Exception {
        dump(Path.of(args[0]), args[1].toCharArray(), System.out);
    }

    /** One chunk as found on disk: where, and what its header and footer say. */
    public record Found(long block, Map<String, String> header, boolean footerValid) {
        long id() {
            return Long.parseLong(header.get("chunk"), 16);
        }

        long version() {
            return Long.parseLong(header.getOrDefault("version", header.get("chunk")), 16);
        }
    }

    public static List<Found> dump(Path vault, char[] passphrase, PrintStream out) throws Exception {
        byte[] dataKey = KeyFile.read(VaultPaths.keyFile(vault)).unwrap(passphrase, VaultPaths.keyFile(vault));
        char[] filePassword = Secrets.hex(dataKey);
        Secrets.wipe(dataKey);
        try {
            return dumpFile(vault.resolve(VaultPaths.DATABASE_FILE), filePassword, out);
        } finally {
            Secrets.wipe(filePassword);
        }
    }

    /** {@code filePassword} is H2's file password (CIPHER=AES), or null for a plain file. */
    public static List<Found> dumpFile(Path file, char[] filePassword, PrintStream out) throws Exception {
        byte[] plain;
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ)) {
            if (filePassword == null) {
                plain = Files.readAllBytes(file);
            } else {
                try (FileEncrypt encrypted = new FileEncrypt(file.toString(),
                        FilePathEncrypt.getPasswordBytes(filePassword), base)) {
                    plain = new byte[(int) encrypted.size()];
                    ByteBuffer buffer = ByteBuffer.wrap(plain);
                    while (buffer.hasRemaining()) {
                        if (encrypted.read(buffer, buffer.position()) < 0) {
                            break;
                        }
                    }
                }
            }
        }
        long blocks = plain.length / BLOCK;
        out.printf("%s: %d bytes, %d blocks%n", file, plain.length, blocks);
        for (int b = 0; b < 2; b++) {
            out.printf("store header %d: %s%n", b, text(plain, b * BLOCK, BLOCK));
        }
        List<Found> found = new ArrayList<>();
        for (long b = 2; b < blocks; b++) {
            int at = (int) (b * BLOCK);
            if (!startsWith(plain, at, "chunk:")) {
                continue;
            }
            Map<String, String> header = parse(text(plain, at, 1024));
            if (header == null) {
                continue;
            }
            int len = Integer.parseInt(header.getOrDefault("len", "0"), 16);
            boolean footer = false;
            long end = b + len;
            if (len > 0 && end <= blocks) {
                int footerAt = (int) (end * BLOCK) - 128;
                Map<String, String> f = checksummed(plain, footerAt, 128);
                footer = f != null && header.get("chunk").equals(f.get("chunk"));
            }
            found.add(new Found(b, header, footer));
            out.printf("block %6d (0x%x): chunk %s version %s len %s next %s time %s pages %s footer %s%n", b, b,
                    header.get("chunk"), header.get("version"), header.get("len"), header.get("next"),
                    header.get("time"), header.get("pages"), footer ? "ok" : "MISSING");
            if (Boolean.getBoolean("chunkdump.full")) {
                out.println("    " + header);
            }
        }
        return found;
    }

    /** H2's footer check: "key:value,...,fletcher:x" with the Fletcher-32 of what precedes ",fletcher". */
    private static Map<String, String> checksummed(byte[] data, int at, int length) {
        String text = new String(data, at, length, StandardCharsets.ISO_8859_1).trim();
        int mark = text.lastIndexOf(",fletcher:");
        if (mark < 0) {
            return null;
        }
        try {
            int check = (int) Long.parseLong(text.substring(mark + 10), 16);
            int start = at;
            while (data[start] <= ' ') {
                start++;
            }
            return check == DataUtils.getFletcher32(data, start, mark) ? DataUtils.parseMap(text.substring(0, mark))
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> parse(String text) {
        int end = text.indexOf('\n');
        try {
            return DataUtils.parseMap(end < 0 ? text : text.substring(0, end));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] data, int at, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < p.length; i++) {
            if (data[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] data, int at, int max) {
        int end = at;
        while (end < at + max && end < data.length && data[end] != 0 && data[end] != '\n') {
            end++;
        }
        return new String(data, at, end - at, StandardCharsets.ISO_8859_1);
    }
}
