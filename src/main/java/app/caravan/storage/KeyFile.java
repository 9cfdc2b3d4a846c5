package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import app.caravan.crypto.AesGcm;
import app.caravan.crypto.Argon2id;
import app.caravan.crypto.KdfParams;
import app.caravan.crypto.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * The vault's key file: the random data key, wrapped with AES-256-GCM under an Argon2id key
 * derived from the passphrase. A SHA-256 checksum over all fields tells a damaged file (bit rot,
 * truncation, hand edits) apart from a wrong passphrase, which GCM alone cannot.
 */
record KeyFile(UUID vaultId, KdfParams kdf, byte[] salt, byte[] nonce, byte[] wrappedKey) {
    static final String FORMAT = "caravan-vault-key";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Wraps {@code dataKey} under {@code passphrase} with a fresh salt and nonce. */
    static KeyFile wrap(UUID vaultId, byte[] dataKey, char[] passphrase, KdfParams kdf) {
        byte[] salt = AesGcm.randomBytes(Argon2id.SALT_BYTES);
        byte[] nonce = AesGcm.randomBytes(AesGcm.NONCE_BYTES);
        byte[] kek = Argon2id.derive(passphrase, salt, kdf);
        try {
            KeyFile header = new KeyFile(vaultId, kdf, salt, nonce, new byte[0]);
            byte[] wrapped = AesGcm.encrypt(kek, nonce, dataKey, header.associatedData());
            return new KeyFile(vaultId, kdf, salt, nonce, wrapped);
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** The data key, or WRONG_PASSPHRASE. The caller wipes the returned array. */
    byte[] unwrap(char[] passphrase, Path file) throws VaultException {
        byte[] kek = Argon2id.derive(passphrase, salt, kdf);
        try {
            return AesGcm.decrypt(kek, nonce, wrappedKey, associatedData());
        } catch (AesGcm.AuthenticationException e) {
            throw new VaultException(Kind.WRONG_PASSPHRASE, file, "Wrong passphrase");
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** Binds the KDF parameters and vault id to the wrapped key: changing either breaks the tag. */
    private byte[] associatedData() {
        String header = FORMAT + "|" + VERSION + "|" + vaultId + "|argon2id|19|" + kdf.memoryKiB() + "|"
                + kdf.iterations() + "|" + kdf.parallelism() + "|" + b64(salt);
        return header.getBytes(StandardCharsets.UTF_8);
    }

    private String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(associatedData());
            sha.update(nonce);
            sha.update(wrappedKey);
            return b64(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("vaultId", vaultId.toString());
        ObjectNode k = root.putObject("kdf");
        k.put("algorithm", "argon2id");
        k.put("version", 19);
        k.put("memoryKiB", kdf.memoryKiB());
        k.put("iterations", kdf.iterations());
        k.put("parallelism", kdf.parallelism());
        k.put("salt", b64(salt));
        root.put("cipher", "AES-256-GCM");
        root.put("nonce", b64(nonce));
        root.put("wrappedKey", b64(wrappedKey));
        root.put("checksum", checksum());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyFile read(Path file) throws VaultException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new VaultException(Kind.KEY_FILE_MISSING, file, "The key file " + file + " is missing");
        } catch (IOException e) {
            throw new VaultException(Kind.IO, file, "Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !FORMAT.equals(text(root, "format"))) {
                throw damaged(file, "it is not a Caravan key file");
            }
            if (root.path("version").asInt() != VERSION) {
                throw new VaultException(Kind.NEWER_VERSION, file, "The key file " + file
                        + " has version " + root.path("version").asText() + "; this Caravan reads version " + VERSION
                        + ". Update Caravan to open this vault.");
            }
            JsonNode k = root.path("kdf");
            if (!"argon2id".equals(text(k, "algorithm")) || k.path("version").asInt() != 19
                    || !"AES-256-GCM".equals(text(root, "cipher"))) {
                throw damaged(file, "it names an unknown algorithm");
            }
            KeyFile keyFile = new KeyFile(UUID.fromString(text(root, "vaultId")),
                    new KdfParams(k.path("memoryKiB").asInt(), k.path("iterations").asInt(), k.path("parallelism").asInt()),
                    unb64(text(k, "salt")), unb64(text(root, "nonce")), unb64(text(root, "wrappedKey")));
            if (keyFile.salt.length != Argon2id.SALT_BYTES || keyFile.nonce.length != AesGcm.NONCE_BYTES
                    || !MessageDigest.isEqual(keyFile.checksum().getBytes(StandardCharsets.US_ASCII),
                            text(root, "checksum").getBytes(StandardCharsets.US_ASCII))) {
                throw damaged(file, "its checksum does not match");
            }
            return keyFile;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(file, e instanceof IOException ? "it is not valid JSON" : "a field is missing or malformed");
        }
    }

    private static VaultException damaged(Path file, String why) {
        return new VaultException(Kind.KEY_FILE_DAMAGED, file, "The key file " + file + " is damaged: " + why);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return value.asText();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unb64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
