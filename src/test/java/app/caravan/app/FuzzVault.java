package app.caravan.app;

import app.caravan.Fixtures;
import app.caravan.storage.TableDigest;
import app.caravan.storage.Vault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real vault a fuzz test imports into, with the digest of its tables. Accepted inputs make
 * it grow, and digesting every table after each input would then cost more than the import
 * (10,000 JSON inputs: 490 of 538 s), so after {@value #ACCEPTED_BEFORE_RESET} accepted inputs
 * it starts again from a copy of its first state.
 */
final class FuzzVault implements AutoCloseable {
    static final int ACCEPTED_BEFORE_RESET = 25;

    private final Path dir;
    private final Path pristine;
    private Vault vault;
    private LocalVaultSession session;
    private Map<String, String> digest;
    private int accepted;
    private long digestNanos;
    private int resets;

    /** A new vault in {@code dir}; {@code prepare} runs once (e.g. importing the seeds) before the copy is taken. */
    FuzzVault(Path dir, VaultWork prepare) throws Exception {
        this.dir = dir;
        this.pristine = dir.resolveSibling(dir.getFileName() + "-pristine");
        Fixtures.fastVaults().create(dir, Fixtures.passphrase()).close();
        open();
        prepare.run(session);
        session.close();
        copy(dir, pristine);
        open();
    }

    @FunctionalInterface
    interface VaultWork {
        void run(LocalVaultSession session) throws Exception;
    }

    LocalVaultSession session() {
        return session;
    }

    /** The tables changed by the input that was refused, or an empty list. */
    List<String> changedByRefusal() {
        Map<String, String> after = digest();
        List<String> changed = TableDigest.changed(digest, after);
        digest = after;
        return changed;
    }

    void acceptedOne() throws Exception {
        if (++accepted % ACCEPTED_BEFORE_RESET == 0) {
            session.close();
            delete(dir);
            copy(pristine, dir);
            resets++;
            open();
        } else {
            digest = digest();
        }
    }

    String stats() {
        return String.format("digesting the vault took %.1f s, %d resets to the first state", digestNanos / 1e9, resets);
    }

    private void open() throws Exception {
        vault = Vault.open(dir, Fixtures.passphrase());
        session = new LocalVaultSession(vault, Fixtures.FAST_KDF, Clock.systemDefaultZone());
        digest = digest();
    }

    private Map<String, String> digest() {
        long start = System.nanoTime();
        Map<String, String> tables = TableDigest.of(vault);
        digestNanos += System.nanoTime() - start;
        return tables;
    }

    @Override
    public void close() {
        session.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
