package app.caravan.exchange;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeException;
import app.caravan.crypto.AgePassphrase;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import app.caravan.domain.Attachment;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Problem;
import app.caravan.domain.Vocabulary;
import app.caravan.interchange.InterchangeWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Seals a bundle: a zip whose first entries are the signed manifest, encrypted with age to the
 * desk recipients. JSON entries are built in memory first (the manifest, which comes first, needs
 * their hashes); attachment content is streamed and checked against its recorded SHA-256 on the way.
 */
public final class BundleWriter {
    private static final int BUFFER = 1 << 16;
    private final byte[] signingKey;
    private final byte[] signingPublicKey;
    private final AgeRecipient ownRecipient;

    /**
     * @param signingKey the device's PKCS#8 Ed25519 key (copied; the caller wipes its array)
     * @param ownRecipient this device's age recipient, which must never be among a bundle's
     *     recipients: once sealed, a bundle is for the desk only
     */
    public BundleWriter(byte[] signingKey, byte[] signingPublicKey, AgeRecipient ownRecipient) {
        this.signingKey = signingKey.clone();
        this.signingPublicKey = signingPublicKey.clone();
        this.ownRecipient = ownRecipient;
    }

    /**
     * Writes the sealed bundle to {@code out}, which stays open. When this throws, what was
     * written is not a bundle and the caller deletes it.
     */
    public BundleManifest write(BundleContents contents, List<AgeRecipient> recipients, OutputStream out)
            throws BundleException, IOException {
        if (recipients.isEmpty()) {
            throw new BundleException(Problem.of("bundle.noRecipient"));
        }
        if (ownRecipient != null && recipients.contains(ownRecipient)) {
            throw new BundleException(Problem.of("bundle.ownRecipient", ownRecipient));
        }
        return write(contents, recipients.size(), target -> Age.encrypt(target, recipients), out);
    }

    /**
     * Like {@link #write(BundleContents, List, OutputStream)}, sealed to a passphrase for a courier
     * hand-over: age's scrypt recipient, which is then the bundle's only recipient.
     */
    public BundleManifest write(BundleContents contents, AgePassphrase passphrase, OutputStream out)
            throws BundleException, IOException {
        return write(contents, 1, target -> Age.encrypt(target, passphrase), out);
    }

    /** Opens the age stream, to recipient keys or to a passphrase. */
    private interface Sealer {
        OutputStream open(OutputStream target) throws AgeException, IOException;
    }

    private BundleManifest write(BundleContents contents, int recipientCount, Sealer sealer, OutputStream out)
            throws BundleException, IOException {
        Map<String, byte[]> json = jsonEntries(contents);
        Map<String, BundleManifest.Entry> entries = new LinkedHashMap<>();
        json.forEach((path, bytes) -> entries.put(path, new BundleManifest.Entry(path, bytes.length, sha256(bytes))));
        for (BundleAttachment a : contents.attachments()) {
            Attachment meta = a.attachment();
            String path = BundleEntries.attachment(meta.interviewId(), meta.id());
            if (entries.put(path, new BundleManifest.Entry(path, meta.size(), meta.sha256())) != null) {
                throw new BundleException(Problem.of("bundle.attachmentTwice", meta.id()));
            }
        }
        BundleManifest manifest = new BundleManifest(contents.deviceId(), contents.sequence(), contents.createdAt(),
                recipientCount, signingPublicKey, entries, contents.replyTo());
        byte[] manifestBytes = manifest.toJson();
        byte[] signature = Ed25519.sign(signingKey, manifestBytes);

        OutputStream sealed;
        try {
            sealed = sealer.open(new KeepOpen(out));
        } catch (AgeException e) {
            throw new BundleException(e.getMessage(), e);
        }
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(sealed, BUFFER))) {
            put(zip, BundleEntries.MANIFEST, manifestBytes);
            put(zip, BundleEntries.SIGNATURE, signature);
            for (Map.Entry<String, byte[]> e : json.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            for (BundleAttachment a : contents.attachments()) {
                putAttachment(zip, a);
            }
        }
        return manifest;
    }

    private static Map<String, byte[]> jsonEntries(BundleContents contents) {
        Map<String, byte[]> json = new LinkedHashMap<>();
        InterchangeWriter interchange = new InterchangeWriter();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        interchange.write(buffer, List.of(), contents.vocabulary());
        json.put(BundleEntries.VOCABULARY, buffer.toByteArray());
        for (IdentifiedInterview interview : contents.interviews()) {
            buffer.reset();
            // Names of cities and professions resolve against vocabulary.json, so each file stays small.
            interchange.write(buffer, List.of(interview), Vocabulary.EMPTY);
            json.put(BundleEntries.interview(interview.interview().id()), buffer.toByteArray());
        }
        json.put(BundleEntries.WITHDRAWALS, BundleJson.withdrawals(contents.withdrawn(), contents.tombstones()));
        List<Attachment> attachments = new ArrayList<>();
        contents.attachments().forEach(a -> attachments.add(a.attachment()));
        json.put(BundleEntries.ATTACHMENTS, BundleJson.attachments(attachments));
        if (!contents.acknowledged().isEmpty() || !contents.reviews().isEmpty()) {
            json.put(BundleEntries.REVIEW, ReviewJson.write(contents.acknowledged(), contents.reviews()));
        }
        return json;
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        // Level 1: three times faster than the default for a quarter more bytes (bench bundle);
        // text bundles are small next to the audio that travels with them.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void putAttachment(ZipOutputStream zip, BundleAttachment a) throws IOException, BundleException {
        Attachment meta = a.attachment();
        Attachment.Kind kind = Attachment.Kind.of(meta.mediaType());
        // Audio and photos are compressed already: deflating them again costs time and saves nothing.
        zip.setLevel(kind == Attachment.Kind.DOCUMENT ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
        zip.putNextEntry(new ZipEntry(BundleEntries.attachment(meta.interviewId(), meta.id())));
        MessageDigest digest = digest();
        long size;
        try (InputStream in = a.content().open()) {
            DigestOutputStream target = new DigestOutputStream(new KeepOpen(zip), digest);
            size = in.transferTo(target);
        }
        zip.closeEntry();
        String sha = HexFormat.of().formatHex(digest.digest());
        if (size != meta.size() || !sha.equals(meta.sha256())) {
            throw new BundleException(Problem.of("bundle.attachmentDamaged", meta.id(), size, meta.size()));
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the age stream finish its last chunk without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
