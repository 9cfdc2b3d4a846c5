package app.caravan.app.bench;

import app.caravan.anonymize.DatasetFile;
import app.caravan.anonymize.ExportFolder;
import app.caravan.anonymize.Hierarchies;
import app.caravan.anonymize.KAnonymizer;
import app.caravan.anonymize.QiRecord;
import app.caravan.anonymize.QuasiIdentifier;
import app.caravan.app.AnonymizedExportService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.LocalVaultService;
import app.caravan.app.VaultAccessException;
import app.caravan.app.VaultSession;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Segment;
import app.caravan.storage.Vault;
import app.caravan.storage.VaultException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * {@code caravan bench export}: a synthetic vault (owner-only temp folder, deleted afterwards)
 * whose interviewees consented to research sharing and verbatim quotes, with real names that also
 * occur in their transcripts, coded segments, phones and e-mails, exported anonymized in every
 * format; the baseline is a plain RFC 4180 CSV dump of the same interviews into the same kind of
 * atomic folder.
 */
public final class ExportBench {
    /** The whole export of 10,000 interviews must take less than 15 s. */
    static final double TARGET_SECONDS_PER_10K = 15;
    static final int WARM_UP_AT_LEAST = 50;
    static final List<String> BASELINE_COLUMNS = List.of("id", "pseudonym", "interviewed_at", "language",
            "current_city", "origin_city", "profession", "age_band", "gender", "departure_wave", "departure_date",
            "themes", "transcript");
    /** Given name and surname forms (nominative, genitive, instrumental …), so inflections reach the de-identifier. */
    private static final String[][][] NAMES = {
        {{"Николай", "Николая", "Николаем", "Nikolai"}, {"Смирнов", "Смирнова", "Смирновым", "Smirnov"}},
        {{"Тимур", "Тимура", "Тимуром", "Timur"}, {"Рахимов", "Рахимова", "Рахимовым", "Rakhimov"}},
        {{"Дарья", "Дарьи", "Дарьей", "Daria"}, {"Волкова", "Волковой", "Volkova"}},
        {{"Илья", "Ильи", "Ильёй", "Ilya"}, {"Кузнецов", "Кузнецова", "Кузнецовым", "Kuznetsov"}},
        {{"Мадина", "Мадины", "Мадиной", "Madina"}, {"Юсупова", "Юсуповой", "Yusupova"}},
        {{"Сергей", "Сергея", "Сергеем", "Sergei"}, {"Орлов", "Орлова", "Орловым", "Orlov"}},
        {{"Ксения", "Ксении", "Ксенией", "Ksenia"}, {"Морозова", "Морозовой", "Morozova"}},
        {{"Артём", "Артёма", "Артёмом", "Artem"}, {"Лебедев", "Лебедева", "Лебедевым", "Lebedev"}},
    };


    private ExportBench() {
    }

    public static ExportBenchReport run(WarmedRun.Options options, Consumer<String> progress) throws IOException {
        return WarmedRun.run(options, warmUpSize(options.interviews()), ExportBenchReport::new, ExportBench::measure, progress);
    }

    /** A tenth, but enough for k = 5 classes to form (a warm-up with nobody released would fail). */
    static int warmUpSize(int interviews) {
        return Math.min(interviews, Math.max(WARM_UP_AT_LEAST, interviews / 10));
    }

    private static void measure(ExportBenchReport report, Path dir, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        WarmedRun.Options options = report.options;
        Path vaultDir = dir.resolve("vault");
        long start = System.nanoTime();
        try (Vault vault = Vault.create(vaultDir, SearchBench.passphrase(), SearchBench.BENCH_KDF)) {
            SyntheticVault.fill(vault, options.seed(), options.interviews(),
                    (number, batch) -> batch.forEach(i -> report.corpusChars += i.transcript().length()), progress,
                    ExportBench::identified);
        } catch (VaultException e) {
            throw new IllegalStateException("Cannot create the benchmark vault: " + e.getMessage(), e);
        }
        report.buildNanos = System.nanoTime() - start;

        LocalVaultService vaults = new LocalVaultService(SearchBench.BENCH_KDF, Clock.systemUTC());
        try (VaultSession session = vaults.open(vaultDir, SearchBench.passphrase())) {
            measure(report, session, dir, progress);
        } catch (VaultAccessException | InvalidInputException e) {
            throw new IllegalStateException("The export benchmark failed: " + e.getMessage(), e);
        }
    }

    /** The plain dump, the anonymized export into {@code dir} and k-anonymity alone, on an open session. */
    static void measure(ExportBenchReport report, VaultSession session, Path dir, Consumer<String> progress)
            throws InvalidInputException, IOException {
        progress.accept("baseline: plain CSV dump of " + report.options.interviews() + " interviews");
        List<QiRecord> records = new ArrayList<>();
        long start = System.nanoTime();
        Path plain = ExportFolder.write(dir.resolve("plain"), List.of(plainCsv(session, records)),
                ExportFolder.Progress.NONE);
        report.baselineNanos = System.nanoTime() - start;
        report.baselineBytes = SearchBench.sizeOf(plain);

        progress.accept("anonymized export of " + report.options.interviews() + " interviews, every format");
        export(report, session, dir.resolve("dataset"));

        start = System.nanoTime();
        new KAnonymizer(new Hierarchies(session.vocabulary().current())).run(records,
                EnumSet.allOf(QuasiIdentifier.class), 5, 0.1, null);
        report.kAnonymityNanos = System.nanoTime() - start;
    }

    private static void export(ExportBenchReport report, VaultSession session, Path out)
            throws InvalidInputException, IOException {
        long[] read = {0};
        long[] deidentified = {0};
        long[] written = {0};
        long start = System.nanoTime();
        AnonymizedExportService.Report result = session.anonymizedExport().export(
                AnonymizedExportService.Request.defaults(out), p -> {
                    if (p.step().equals("anonymizing") && read[0] == 0) {
                        read[0] = System.nanoTime();
                    } else if (p.step().equals("de-identifying")) {
                        deidentified[0] = System.nanoTime();
                    } else if (p.step().equals("writing")) {
                        written[0] = System.nanoTime();
                    }
                }, null);
        long end = System.nanoTime();
        report.exportNanos = end - start;
        report.readNanos = read[0] - start;
        report.deidentifiedNanos = deidentified[0] - read[0];
        report.writeNanos = written[0] - deidentified[0];
        // The files are written at the same time (ExportFolder), so they have sizes but no stage of their own.
        for (String name : List.of("interviews.csv", "segments.csv", "interviews.jsonl", "codebook.json", "codebook.md",
                "project.qdpx", "DATACARD.md")) {
            report.files.add(new ExportBenchReport.FileFigures(name, Files.size(out.resolve(name))));
        }
        report.finishNanos = end - written[0];
        report.participants = result.participants();
        report.suppressed = result.suppressed();
        report.replacements = result.replacements().values().stream().mapToInt(Integer::intValue).sum();
        report.replacementsByCategory = new java.util.TreeMap<>(result.replacements());
        report.exportBytes = SearchBench.sizeOf(out);
    }

    /** Every interview read from the vault as the export reads it, one RFC 4180 row each. */
    private static DatasetFile plainCsv(VaultSession session, List<QiRecord> records) {
        return DatasetFile.of("interviews.csv", out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            row(w, BASELINE_COLUMNS);
            for (InterviewSummary s : session.interviews().list()) {
                Interview i = session.interviews().get(s.id());
                String wave = i.departure().wave() == null ? "" : i.departure().wave().key();
                String age = i.ageBand() == null ? "" : i.ageBand().key();
                String gender = i.gender() == null ? "" : i.gender().key();
                row(w, List.of(i.id().toString(), i.pseudonym(), i.interviewedAt().toString(), text(i.language()),
                        text(i.currentCity()), text(i.originCity()), text(i.profession()), age, gender, wave,
                        i.departure().date() == null ? "" : i.departure().date().toString(),
                        String.join(";", i.themes()), i.transcript()));
                Map<QuasiIdentifier, String> qi = new EnumMap<>(QuasiIdentifier.class);
                qi.put(QuasiIdentifier.CITY, text(i.currentCity()));
                qi.put(QuasiIdentifier.ORIGIN, text(i.originCity()));
                qi.put(QuasiIdentifier.PROFESSION, text(i.profession()));
                qi.put(QuasiIdentifier.AGE, age);
                qi.put(QuasiIdentifier.GENDER, gender);
                qi.put(QuasiIdentifier.WAVE, wave);
                records.add(new QiRecord(qi, new HashSet<>(i.themes())));
            }
            w.flush();
        });
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static void row(Writer w, List<String> fields) throws IOException {
        for (int f = 0; f < fields.size(); f++) {
            String v = fields.get(f);
            if (f > 0) {
                w.write(',');
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                w.write('"');
                w.write(v.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(v);
            }
        }
        w.write("\r\n");
    }

    /**
     * A corpus interview as the export meets it in the field: a real name, a contact and a mentioned
     * person in the identity, their names (inflected, both scripts), a phone and an e-mail in the
     * transcript, and coded segments with memos.
     */
    static IdentifiedInterview identified(Interview interview) {
        Random random = new Random(interview.id().getLeastSignificantBits() * 31 + 7);
        String[][] self = NAMES[random.nextInt(NAMES.length)];
        String[][] other = NAMES[random.nextInt(NAMES.length)];
        String phone = "+998 9" + random.nextInt(10) + " " + (100 + random.nextInt(900)) + " "
                + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90));
        String email = self[0][3].toLowerCase(java.util.Locale.ROOT) + "." + (1000 + random.nextInt(9000)) + "@mail.ru";
        StringBuilder text = new StringBuilder(interview.transcript());
        for (int n = 0; n < 6; n++) {
            String[][] who = random.nextBoolean() ? self : other;
            String line = switch (n % 3) {
                case 0 -> "Ответ: меня зовут " + who[0][0] + " " + who[1][0] + ", пишите на " + email + ".\n";
                case 1 -> "Ответ: мы уехали вместе с " + who[0][2] + ", позвоните " + phone + ".\n";
                default -> "Answer: " + who[0][3] + " " + who[1][who[1].length - 1] + " helped us, ask "
                        + who[0][1] + ".\n";
            };
            int at = text.indexOf("\n", random.nextInt(text.length()));
            text.insert(at < 0 ? text.length() : at + 1, line);
        }
        String transcript = text.toString();
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            int from = random.nextInt(Math.max(1, transcript.length() - 700));
            int to = Math.min(transcript.length(), from + 100 + random.nextInt(600));
            segments.add(new Segment(from, to, List.of(interview.themes().get(random.nextInt(interview.themes().size()))),
                    s == 0 ? "said " + self[0][0] + " would call" : ""));
        }
        Interview named = interview.toBuilder().transcript(transcript).segments(segments).build();
        Identity identity = new Identity(self[0][0] + " " + self[1][0], phone + ", " + email,
                List.of(other[0][0] + " " + other[1][0]));
        return new IdentifiedInterview(named, identity);
    }
}
