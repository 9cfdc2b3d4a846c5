package app.caravan.app.bench;

import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.crypto.Argon2id;
import app.caravan.crypto.KdfParams;
import app.caravan.crypto.Secrets;
import app.caravan.domain.InterviewSummary;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * The child JVM of {@code bench all} that does what the desktop app does on unlock, in a fresh
 * process: Argon2id with production parameters (alone, cold), opening the vault with them, the
 * library's first page and then its whole list, and the memory the process needs with that list
 * held. Reads the passphrase on stdin, reports {@code bench.KEY=VALUE} lines on stdout.
 */
public final class LibraryProbe {
    private LibraryProbe() {
    }

    /** {@code LibraryProbe VAULT_DIR}, the passphrase on stdin. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("LibraryProbe: give the vault folder");
            System.exit(2);
        }
        char[] passphrase = readLine(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            System.exit(run(Path.of(args[0]), passphrase, System.out));
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    static int run(Path vault, char[] passphrase, PrintStream out) {
        byte[] salt = new byte[Argon2id.SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        long start = System.nanoTime();
        byte[] key = Argon2id.derive(passphrase, salt, KdfParams.DEFAULT);
        long kdf = System.nanoTime() - start;
        Arrays.fill(key, (byte) 0);
        start = System.nanoTime();
        try (VaultSession session = new LocalVaultService().open(vault, passphrase)) {
            long unlock = System.nanoTime() - start;
            start = System.nanoTime();
            int firstPage = session.interviews().newest(SearchBench.FIRST_PAGE).size();
            long shown = System.nanoTime() - start;
            start = System.nanoTime();
            List<InterviewSummary> library = session.interviews().list();
            long list = System.nanoTime() - start;
            // Twice: the first collection may only move objects between generations.
            System.gc();
            System.gc();
            long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long heapPeak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    heapPeak += pool.getPeakUsage().getUsed();
                }
            }
            put(out, "kdfNanos", kdf);
            put(out, "unlockNanos", unlock);
            put(out, "firstPageNanos", shown);
            put(out, "firstPageRows", firstPage);
            put(out, "listNanos", list);
            put(out, "listRows", library.size());
            put(out, "heapUsedBytes", heapUsed);
            put(out, "heapPeakBytes", heapPeak);
            put(out, "heapMaxBytes", Runtime.getRuntime().maxMemory());
            put(out, "vmHwmKiB", procStatus("VmHWM"));
            put(out, "vmRssKiB", procStatus("VmRSS"));
            out.flush();
            return 0;
        } catch (VaultAccessException e) {
            System.err.println("LibraryProbe: cannot open the benchmark vault " + vault + ": " + e.getMessage());
            return 1;
        }
    }

    private static void put(PrintStream out, String key, long value) {
        out.println(ChildJvm.PREFIX + key + "=" + value);
    }

    /** A {@code /proc/self/status} figure in KiB, or -1 where there is none (not Linux). */
    static long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** One line of input as characters, never a String, so it can be wiped. */
    private static char[] readLine(Reader in) throws IOException {
        char[] buffer = new char[256];
        int length = 0;
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (length == buffer.length) {
                char[] bigger = Arrays.copyOf(buffer, length * 2);
                Secrets.wipe(buffer);
                buffer = bigger;
            }
            buffer[length++] = (char) c;
        }
        char[] line = Arrays.copyOf(buffer, length);
        Secrets.wipe(buffer);
        return line;
    }
}
