package app.caravan.exchange;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgePassphrase;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Attachment;
import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Problem;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.interchange.InterchangeDocument;
import app.caravan.interchange.InterchangeException;
import app.caravan.interchange.InterchangeReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens a sealed bundle: decrypts it, checks the signature before believing anything else, then
 * reads each entry within {@link BundleLimits} and against the manifest's size and hash. Nothing
 * is written anywhere but into the {@link AttachmentSink}; every failure is a {@link BundleException}.
 */
public final class BundleReader {
    private final BundleLimits limits;
    private final Vocabulary vocabulary;
    private final InterviewSink interviewSink;

    /**
     * Receives the interviews one by one while the rest of the bundle is still being read,
     * instead of {@link Bundle#interviews()}. What it gets has passed the signature, the trust
     * policy and its own entry's size and hash; whether the REST of the bundle is sound is known
     * only when {@link #read} returns, so the sink must write into something the caller can roll
     * back (a vault transaction), like {@link AttachmentSink}.
     */
    public interface InterviewSink {
        /** Once, when vocabulary.json is read, before any interview: the cities, professions and themes it adds. */
        void begin(BundleManifest manifest, List<City> newCities, List<Profession> newProfessions,
                List<Theme> newThemes) throws BundleException;

        void accept(IdentifiedInterview interview) throws BundleException;
    }

    /** @param vocabulary the receiving vault's vocabulary, against which interview fields resolve */
    public BundleReader(BundleLimits limits, Vocabulary vocabulary) {
        this(limits, vocabulary, null);
    }

    /** A reader that hands each interview to {@code interviews} as it is read (see {@link InterviewSink}). */
    public BundleReader(BundleLimits limits, Vocabulary vocabulary, InterviewSink interviews) {
        this.limits = limits;
        this.vocabulary = vocabulary;
        this.interviewSink = interviews;
    }

    public Bundle read(InputStream sealed, AgeIdentity identity, TrustPolicy trust, AttachmentSink sink)
            throws BundleException {
        InputStream plain;
        Counting source = new Counting(sealed);
        try {
            plain = Age.decrypt(source, identity);
        } catch (AgeException e) {
            throw new BundleException(Problem.of("bundle.wrongRecipient", identity.recipient()), e);
        } catch (IOException e) {
            throw damaged(e, source);
        }
        return read(plain, source, trust, sink);
    }

    /** Opens a bundle a courier brought, sealed to a passphrase (age's scrypt recipient). */
    public Bundle read(InputStream sealed, AgePassphrase passphrase, TrustPolicy trust, AttachmentSink sink)
            throws BundleException {
        InputStream plain;
        Counting source = new Counting(sealed);
        try {
            plain = Age.decrypt(source, passphrase);
        } catch (AgeException e) {
            // Already says what went wrong ("Wrong passphrase: …"); callers add which file.
            throw e.key() == null ? new BundleException(e.getMessage(), e)
                    : new BundleException(new Problem(e.key(), e.args()), e);
        } catch (IOException e) {
            throw damaged(e, source);
        }
        return read(plain, source, trust, sink);
    }

    private Bundle read(InputStream plain, Counting source, TrustPolicy trust, AttachmentSink sink)
            throws BundleException {
        try {
            Session session = new Session(new Counting(plain), trust, sink);
            Bundle bundle = session.run();
            // Reading the age payload to its very end authenticates its last chunk.
            plain.transferTo(java.io.OutputStream.nullOutputStream());
            return bundle;
        } catch (IOException e) {
            throw damaged(e, source);
        }
    }

    /**
     * age authenticates each 64 KiB chunk; a cut file fails on its last chunk exactly like a
     * damaged last chunk would, so "truncated" is told apart by where the failure happened.
     */
    private static BundleException damaged(IOException e, Counting source) {
        if (e instanceof LimitExceeded limit) {
            return new BundleException(limit.problem, e);
        }
        String detail = e.getMessage() != null ? e.getMessage()
                : e instanceof EOFException ? "it ends inside an entry" : "no further detail";
        if (e instanceof ZipException) {
            return new BundleException(Problem.of("bundle.damagedZip", detail), e);
        }
        if (e instanceof EOFException || source.ended) {
            return new BundleException(Problem.of("bundle.truncated", detail), e);
        }
        return new BundleException(Problem.of("bundle.damaged", detail), e);
    }

    /** The state of one read. */
    private final class Session {
        private final Counting raw;
        private final ZipInputStream zip;
        private final TrustPolicy trust;
        private final AttachmentSink sink;
        private final Set<String> seen = new HashSet<>();
        private long total;
        private BundleManifest manifest;
        private Vocabulary merged;
        /** Reads every interview entry against {@link #merged}: one reader, so the vocabulary is indexed once. */
        private InterchangeReader interviewReader;
        private InterchangeDocument vocabularyDocument;
        private final List<IdentifiedInterview> interviews = new ArrayList<>();
        private BundleJson.Withdrawals withdrawals;
        private Map<String, Attachment> attachments;
        private ReviewJson.Parsed review = new ReviewJson.Parsed(List.of(), List.of());

        Session(Counting raw, TrustPolicy trust, AttachmentSink sink) {
            this.raw = raw;
            this.zip = new ZipInputStream(raw);
            this.trust = trust;
            this.sink = sink;
        }

        Bundle run() throws IOException, BundleException {
            byte[] manifestBytes = expect(BundleEntries.MANIFEST, limits.maxJsonBytes());
            byte[] signature = expect(BundleEntries.SIGNATURE, Ed25519.SIGNATURE_BYTES);
            // The signature covers the manifest's exact bytes: check it before parsing them.
            BundleManifest unverified = BundleManifest.parse(manifestBytes, limits);
            if (!Ed25519.verify(unverified.signingKey(), manifestBytes, signature)) {
                throw new BundleException(Problem.of("bundle.badSignature", unverified.deviceId()));
            }
            manifest = unverified;
            trust.check(manifest.deviceId(), manifest.signingKey());
            for (ZipEntry entry = next(); entry != null; entry = next()) {
                readEntry(entry.getName());
            }
            for (BundleManifest.Entry e : manifest.entryList()) {
                if (!seen.contains(e.path())) {
                    throw new BundleException(Problem.of("bundle.missingEntry", e.path()));
                }
            }
            if (vocabularyDocument == null || withdrawals == null || attachments == null) {
                throw new BundleException(Problem.of("bundle.incomplete"));
            }
            byte[] key = manifest.signingKey();
            return new Bundle(manifest, key, Ed25519.fingerprint(key), vocabularyDocument.newCities(),
                    vocabularyDocument.newProfessions(), vocabularyDocument.newThemes(), interviews,
                    withdrawals.withdrawn(), withdrawals.tombstones(), List.copyOf(attachments.values()),
                    review.acknowledged(), review.reviews());
        }

        /** The next entry; a name that is not UTF-8 is damage, not a programming error. */
        private ZipEntry next() throws IOException, BundleException {
            try {
                return zip.getNextEntry();
            } catch (IllegalArgumentException e) {
                throw new BundleException("Damaged bundle: the zip inside has an entry whose name is not UTF-8", e);
            }
        }

        private byte[] expect(String name, long max) throws IOException, BundleException {
            ZipEntry entry = next();
            if (entry == null) {
                throw new BundleException(Problem.of("bundle.endsBefore", name));
            }
            BundleEntries.check(entry.getName());
            if (!entry.getName().equals(name)) {
                throw new BundleException(Problem.of("bundle.wrongEntry", entry.getName(), name));
            }
            seen.add(name);
            return readSmall(name, max, null);
        }

        private void readEntry(String name) throws IOException, BundleException {
            BundleEntries.check(name);
            if (!seen.add(name)) {
                throw new BundleException(Problem.of("bundle.duplicateEntry", name));
            }
            BundleManifest.Entry declared = manifest.entries().get(name);
            if (declared == null) {
                throw new BundleException(Problem.of("bundle.unlistedEntry", name));
            }
            if (BundleEntries.isAttachment(name)) {
                readAttachment(name, declared);
                return;
            }
            if (declared.size() > limits.maxJsonBytes()) {
                throw new BundleException(Problem.of("bundle.jsonTooLarge", name, declared.size(),
                        limits.maxJsonBytes()));
            }
            byte[] bytes = readSmall(name, declared.size(), declared);
            parse(name, bytes);
        }

        private void parse(String name, byte[] bytes) throws BundleException {
            try {
                if (name.equals(BundleEntries.VOCABULARY)) {
                    vocabularyDocument = new InterchangeReader(vocabulary).read(new java.io.ByteArrayInputStream(bytes));
                    merged = merge(vocabulary, vocabularyDocument);
                    interviewReader = new InterchangeReader(merged);
                    if (interviewSink != null) {
                        interviewSink.begin(manifest, vocabularyDocument.newCities(),
                                vocabularyDocument.newProfessions(), vocabularyDocument.newThemes());
                    }
                } else if (BundleEntries.isInterview(name)) {
                    if (merged == null) {
                        throw new BundleException(Problem.of("bundle.order", name));
                    }
                    List<IdentifiedInterview> read = interviewReader.read(bytes).interviews();
                    if (read.size() != 1 || !name.equals(BundleEntries.interview(read.get(0).interview().id()))) {
                        throw new BundleException(Problem.of("bundle.json", name,
                                Problem.of("bundle.json.oneInterview")));
                    }
                    if (interviewSink != null) {
                        interviewSink.accept(read.get(0));
                    } else {
                        interviews.add(read.get(0));
                    }
                } else if (name.equals(BundleEntries.WITHDRAWALS)) {
                    withdrawals = BundleJson.parseWithdrawals(bytes);
                } else if (name.equals(BundleEntries.REVIEW)) {
                    review = ReviewJson.parse(bytes);
                } else if (name.equals(BundleEntries.ATTACHMENTS)) {
                    attachments = new HashMap<>();
                    for (Attachment a : BundleJson.parseAttachments(bytes)) {
                        attachments.put(BundleEntries.attachment(a.interviewId(), a.id()), a);
                    }
                }
            } catch (InterchangeException e) {
                throw new BundleException(Problem.of("bundle.json", name, e.getMessage()), e);
            }
        }

        private void readAttachment(String name, BundleManifest.Entry declared) throws IOException, BundleException {
            Attachment meta = attachments == null ? null : attachments.get(name);
            if (meta == null) {
                throw new BundleException(Problem.of("bundle.undescribedAttachment", name));
            }
            if (meta.size() != declared.size() || !meta.sha256().equals(declared.sha256())) {
                throw new BundleException(Problem.of("bundle.attachmentDisagrees", name));
            }
            Checked content = new Checked(name, declared.size());
            sink.accept(meta, content);
            content.transferTo(java.io.OutputStream.nullOutputStream());
            verify(name, declared, content.count, content.digest);
        }

        private byte[] readSmall(String name, long max, BundleManifest.Entry declared)
                throws IOException, BundleException {
            Checked content = new Checked(name, max);
            if (declared != null && declared.size() <= max && declared.size() < Integer.MAX_VALUE) {
                // The manifest says how long it is: read it into an array of that size, not through a
                // growing buffer and a copy (twice the entry's bytes, for every interview).
                byte[] bytes = new byte[(int) declared.size()];
                if (content.readNBytes(bytes, 0, bytes.length) == bytes.length) {
                    // Must be the end: a byte more is past the declared size, which Checked refuses.
                    content.read();
                }
                verify(name, declared, content.count, content.digest);
                return bytes;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.transferTo(out);
            if (declared != null) {
                verify(name, declared, content.count, content.digest);
            }
            return out.toByteArray();
        }

        private void verify(String name, BundleManifest.Entry declared, long size, MessageDigest digest)
                throws BundleException {
            if (size != declared.size()) {
                throw new BundleException(Problem.of("bundle.sizeMismatch", name, size, declared.size()));
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(declared.sha256())) {
                throw new BundleException(Problem.of("bundle.hashMismatch", name));
            }
        }

        /** The current entry, hashed, bounded by its declared size and watched for bomb-like compression. */
        private final class Checked extends InputStream {
            private final String name;
            private final long max;
            private final long rawStart = raw.count;
            private final MessageDigest digest = BundleWriter.digest();
            private long count;

            Checked(String name, long max) {
                this.name = name;
                this.max = max;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = zip.read(b, off, (int) Math.min(len, Math.max(1, max - count + 1)));
                if (n <= 0) {
                    return n;
                }
                count += n;
                total += n;
                digest.update(b, off, n);
                if (count > max) {
                    throw new LimitExceeded(Problem.of("bundle.longerThanDeclared", name, max));
                }
                if (total > limits.maxTotalBytes()) {
                    throw new LimitExceeded(Problem.of("bundle.unpacksTooLarge", limits.maxTotalBytes()));
                }
                long packed = raw.count - rawStart + 1;
                if (count > limits.ratioFloor() && count / packed > limits.maxRatio()) {
                    throw new LimitExceeded(Problem.of("bundle.ratio", name, limits.maxRatio()));
                }
                return n;
            }
        }
    }

    private static Vocabulary merge(Vocabulary base, InterchangeDocument added) {
        List<City> cities = new ArrayList<>(base.cities());
        cities.addAll(added.newCities());
        List<Profession> professions = new ArrayList<>(base.professions());
        professions.addAll(added.newProfessions());
        List<Theme> themes = new ArrayList<>(base.themes());
        themes.addAll(added.newThemes());
        return new Vocabulary(cities, professions, themes);
    }

    /** A limit tripped while a stream was being read; unwrapped into a BundleException. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        LimitExceeded(Problem problem) {
            super(problem.english());
            this.problem = problem;
        }
    }

    private static final class Counting extends java.io.FilterInputStream {
        long count;
        boolean ended;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            } else {
                ended = true;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            } else if (n < 0) {
                ended = true;
            }
            return n;
        }
    }
}
