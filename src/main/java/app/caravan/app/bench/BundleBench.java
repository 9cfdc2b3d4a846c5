package app.caravan.app.bench;

import app.caravan.app.BundleService;
import app.caravan.app.DeskImportService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.crypto.Age;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.crypto.Secrets;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Role;
import app.caravan.domain.Vocabulary;
import app.caravan.exchange.AttachmentSink;
import app.caravan.exchange.BundleContents;
import app.caravan.exchange.BundleException;
import app.caravan.exchange.BundleLimits;
import app.caravan.exchange.BundleReader;
import app.caravan.exchange.BundleWriter;
import app.caravan.exchange.TrustPolicy;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code caravan bench bundle}: a synthetic field vault (owner-only temp folder, deleted
 * afterwards) seals all its interviews into one bundle to a desk identity made for the run, and a
 * fresh desk vault imports it. Sealing is split into its stages and compared with the {@code age}
 * command line encrypting as many random bytes.
 */
public final class BundleBench {
    /** Sealing must reach this fraction of {@code age}'s throughput. */
    static final double AGE_TARGET = 0.8;
    /** Importing 10,000 interviews must take less than 10 s. */
    static final double IMPORT_TARGET_PER_SECOND = 1_000;
    static final int AGE_RUNS = 5;
    private static final int CHUNK = 1 << 16;


    private BundleBench() {
    }

    public static BundleBenchReport run(WarmedRun.Options options, Consumer<String> progress) throws IOException {
        return WarmedRun.run(options, Math.max(1, options.interviews() / 10), BundleBenchReport::new, BundleBench::measure, progress);
    }

    private static void measure(BundleBenchReport report, Path dir, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        WarmedRun.Options options = report.options;
        Path fieldDir = dir.resolve("field");
        long start = System.nanoTime();
        try (Vault vault = Vault.create(fieldDir, SearchBench.passphrase(), SearchBench.BENCH_KDF)) {
            // The corpus of bench all (names and contacts in the text and identity, three coded
            // segments each), so that both benches import the same bundle.
            SyntheticVault.fill(vault, options.seed(), options.interviews(),
                    (number, batch) -> batch.forEach(i -> report.corpusChars += i.transcript().length()), progress,
                    ExportBench::identified);
        } catch (VaultException e) {
            throw new IllegalStateException("Cannot create the benchmark field vault: " + e.getMessage(), e);
        }
        report.buildNanos = System.nanoTime() - start;

        measure(report, new LocalVaultService(SearchBench.BENCH_KDF, Clock.systemUTC()), fieldDir, dir, progress);
    }

    /**
     * Seals every interview of the field vault in {@code fieldDir} into one bundle under {@code dir}, times
     * the stages and the age baseline, and imports it into a fresh desk vault there (also used by {@code bench all}).
     */
    static void measure(BundleBenchReport report, LocalVaultService vaults, Path fieldDir, Path dir,
            Consumer<String> progress) throws IOException {
        WarmedRun.Options options = report.options;
        long start;
        Path bundle = dir.resolve("bundle.age");
        try (AgeIdentity desk = AgeIdentity.generate()) {
            AgeRecipient recipient = desk.recipient();
            String fingerprint;
            Vocabulary vocabulary;
            try (VaultSession field = vaults.open(fieldDir, SearchBench.passphrase())) {
                fingerprint = field.keys().device().fingerprint();
                vocabulary = field.vocabulary().current();
                progress.accept("sealing " + options.interviews() + " interviews");
                start = System.nanoTime();
                BundleService.Sealed sealed = field.bundles().seal(List.of(recipient.value()), false, bundle)
                        .orElseThrow(() -> new IllegalStateException("The field vault had nothing to seal"));
                report.sealNanos = System.nanoTime() - start;
                report.sealedInterviews = sealed.interviews();
                report.bundleBytes = sealed.size();
            }
            progress.accept("timing the writer and the encryption alone");
            report.writerNanos = timeWriter(options, vocabulary, recipient);
            long[] encryptions = new long[AGE_RUNS];
            for (int r = 0; r < AGE_RUNS; r++) {
                encryptions[r] = timeEncryption(report.bundleBytes, recipient);
            }
            report.encryptNanos = BenchReport.percentile(encryptions, 50);
            ageBaseline(report, recipient, dir, progress);
            report.readerNanos = timeReader(bundle, desk, vocabulary);
            progress.accept("importing at a fresh desk vault");
            importAtDesk(report, vaults, dir.resolve("desk"), bundle, desk, fingerprint);
        } catch (VaultAccessException | InvalidInputException | BundleException | AgeException e) {
            throw new IllegalStateException("The bundle benchmark failed: " + e.getMessage(), e);
        }
    }

    /** {@link BundleWriter} alone, to a null sink: JSON, zip and age, without the vault or the outbox. */
    private static long timeWriter(WarmedRun.Options options, Vocabulary vocabulary, AgeRecipient recipient)
            throws BundleException, IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(options.seed());
        List<IdentifiedInterview> interviews = new ArrayList<>(options.interviews());
        for (int n = 0; n < options.interviews(); n++) {
            // as sealed: the corpus of the vault, without identities (not asked for)
            interviews.add(new IdentifiedInterview(ExportBench.identified(corpus.interview(n)).interview(), Identity.EMPTY));
        }
        BundleContents contents = new BundleContents(UUID.randomUUID(), 1, Instant.now(), vocabulary, interviews,
                List.of(), List.of(), List.of());
        Ed25519.SigningKeys keys = Ed25519.generate();
        try {
            BundleWriter writer = new BundleWriter(keys.privateKey(), keys.publicKey(), null);
            long start = System.nanoTime();
            writer.write(contents, List.of(recipient), OutputStream.nullOutputStream());
            return System.nanoTime() - start;
        } finally {
            Secrets.wipe(keys.privateKey());
        }
    }

    /** {@link BundleReader} alone, as the import uses it: age, unzip, hashes, signature and JSON, no vault. */
    private static long timeReader(Path bundle, AgeIdentity desk, Vocabulary vocabulary)
            throws BundleException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bundle), CHUNK)) {
            long start = System.nanoTime();
            new BundleReader(BundleLimits.DEFAULT, vocabulary).read(in, desk, TrustPolicy.FIRST_USE,
                    AttachmentSink.DISCARD);
            return System.nanoTime() - start;
        }
    }

    /** age encryption alone (Age.encrypt, as the writer uses it) of as many bytes, in the writer's chunk size. */
    private static long timeEncryption(long bytes, AgeRecipient recipient) throws AgeException, IOException {
        byte[] chunk = new byte[CHUNK];
        new Random(bytes).nextBytes(chunk);
        long start = System.nanoTime();
        try (OutputStream out = Age.encrypt(OutputStream.nullOutputStream(), List.of(recipient))) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return System.nanoTime() - start;
    }

    private static void ageBaseline(BundleBenchReport report, AgeRecipient recipient, Path dir,
            Consumer<String> progress) throws IOException {
        report.ageVersion = AgeBaseline.version().orElse(null);
        if (report.ageVersion == null) {
            return;
        }
        progress.accept("running age " + report.ageVersion + " on " + report.bundleBytes + " random bytes");
        Path random = dir.resolve("random.bin");
        try {
            AgeBaseline.randomFile(random, report.bundleBytes);
            long[] times = new long[AGE_RUNS];
            for (int r = 0; r < AGE_RUNS; r++) {
                times[r] = AgeBaseline.encrypt(recipient.value(), random);
            }
            report.ageNanos = BenchReport.percentile(times, 50);
        } finally {
            Files.deleteIfExists(random);
        }
    }

    /** The import's own threads by name (BundlePipe, TokenizeAhead), as Linux keeps it: the first 15 chars. */
    private static final Map<String, String> IMPORT_THREADS = new TreeMap<>(Map.of("bundle-reader", "bundle reader",
            "caravan-search-", "tokenizer"));

    private static void importAtDesk(BundleBenchReport report, LocalVaultService vaults, Path deskDir, Path bundle,
            AgeIdentity desk, String fingerprint) throws VaultAccessException, InvalidInputException, IOException {
        try (VaultSession session = vaults.create(deskDir, SearchBench.passphrase())) {
            session.review().setRole(Role.DESK);
            char[] identity = desk.toChars();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(bundle), CHUNK)) {
                long start = System.nanoTime();
                DeskImportService.Result result;
                ThreadCpu cpu = ThreadCpu.start();
                try {
                    result = session.deskImport().importBundle(in, identity, fingerprint);
                } finally {
                    if (cpu != null) {
                        cpu.close();
                    }
                }
                report.importNanos = System.nanoTime() - start;
                if (cpu != null) {
                    report.importCpu = ThreadCpu.describe(cpu.seconds("importing thread", IMPORT_THREADS), cpu.wallSeconds());
                }
                report.imported = result.added();
            } finally {
                Secrets.wipe(identity);
            }
            report.deskInterviews = session.interviews().list().size();
        }
        report.deskVaultBytes = SearchBench.sizeOf(deskDir);
    }
}
