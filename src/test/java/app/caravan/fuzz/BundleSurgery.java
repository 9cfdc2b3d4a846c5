package app.caravan.fuzz;

import app.caravan.crypto.Age;
import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.AgeRecipient;
import app.caravan.crypto.Ed25519;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes sealed bundles apart and puts them back together: decrypt with the fuzz key, unzip in
 * stream order, rewrite the manifest truthfully and re-sign it with the fuzz signing key, zip with
 * a hand-written writer (which, unlike {@code ZipOutputStream}, writes duplicate names and lying
 * sizes on request) and seal again. Lets a mutation reach the code behind the signature check.
 */
public final class BundleSurgery {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleSurgery() {
    }

    /** One zip entry as it will be written; {@code declaredSize} -1 means the true size. */
    public record Entry(String name, byte[] data, boolean deflated, long declaredSize) {
        public Entry(String name, byte[] data) {
            this(name, data, true, -1);
        }

        Entry withName(String other) {
            return new Entry(other, data, deflated, declaredSize);
        }

        Entry withData(byte[] other) {
            return new Entry(name, other, deflated, declaredSize);
        }
    }

    public static List<Entry> open(byte[] sealed, AgeIdentity identity) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (InputStream plain = Age.decrypt(new ByteArrayInputStream(sealed), identity);
                ZipInputStream zip = new ZipInputStream(plain)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(new Entry(e.getName(), zip.readAllBytes()));
            }
        }
        return entries;
    }

    public static byte[] seal(byte[] plain, AgeRecipient to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = Age.encrypt(out, List.of(to))) {
            sealed.write(plain);
        }
        return out.toByteArray();
    }

    /**
     * The manifest rewritten to list {@code entries} (all but the manifest and its signature) with
     * their true sizes and hashes, signed by {@code keys} and numbered {@code sequence}.
     */
    public static byte[] truthfulManifest(byte[] manifest, List<Entry> entries, long sequence,
            Ed25519.SigningKeys keys) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(manifest);
        root.put("sequence", sequence);
        root.put("signingKey", Base64.getEncoder().encodeToString(keys.publicKey()));
        ArrayNode list = JSON.createArrayNode();
        for (Entry e : entries) {
            if (!e.name().equals(MANIFEST) && !e.name().equals(SIGNATURE)) {
                list.addObject().put("path", e.name()).put("size", e.data().length).put("sha256", sha256(e.data()));
            }
        }
        root.set("entries", list);
        return JSON.writeValueAsBytes(root);
    }

    /** Puts {@code manifest} first and its signature by {@code keys} second, replacing the old ones. */
    public static List<Entry> signed(byte[] manifest, List<Entry> entries, Ed25519.SigningKeys keys) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(MANIFEST, manifest));
        out.add(new Entry(SIGNATURE, Ed25519.sign(keys.privateKey(), manifest)));
        for (Entry e : entries) {
            if (!e.name().equals(MANIFEST) && !e.name().equals(SIGNATURE)) {
                out.add(e);
            }
        }
        return out;
    }

    static JsonNode parse(byte[] json) throws IOException {
        return JSON.readTree(json);
    }

    /** A zip in stream order with a central directory; names and declared sizes exactly as given. */
    public static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            byte[] body = e.deflated() ? deflate(e.data()) : e.data();
            CRC32 crc = new CRC32();
            crc.update(e.data());
            long size = e.declaredSize() >= 0 ? e.declaredSize() : e.data().length;
            long packed = e.declaredSize() >= 0 && !e.deflated() ? e.declaredSize() : body.length;
            int offset = out.size();
            ByteBuffer local = le(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) (e.deflated() ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt((int) packed).putInt((int) size)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(body);
            ByteBuffer dir = le(46 + name.length);
            dir.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) (e.deflated() ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt((int) packed).putInt((int) size)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset).put(name);
            central.writeBytes(dir.array());
        }
        int start = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(start).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
