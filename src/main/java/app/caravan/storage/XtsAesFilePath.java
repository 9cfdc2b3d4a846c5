package app.caravan.storage;

import app.caravan.crypto.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The H2 file system scheme {@value #SCHEME}: every file H2 opens through it is an
 * {@link XtsAesChannel}, the {@code CIPHER=AES} format with the JDK's AES (ADR 0023).
 * <p>
 * H2 builds every file name of a database from the database's name (the store, the
 * {@code .tempFile} of a compaction), so a key is registered for the database's base path and
 * applies to all files named {@code base.*}. A file under the scheme with no key registered is
 * refused rather than written in plain text. The key stays registered while the vault is open
 * and is wiped from here when its {@link Registration} closes.
 * <p>
 * H2 creates instances by reflection, hence the public class and constructor; nothing outside
 * this package uses it.
 */
public final class XtsAesFilePath extends FilePathWrapper {
    static final String SCHEME = "caravanxts";
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new XtsAesFilePath());
    }

    /** For H2's reflection only. */
    public XtsAesFilePath() {
        // FilePathWrapper sets the name and base after construction
    }

    /** The name to give H2 for the database whose files are {@code database.*}. */
    static String databaseName(Path database) {
        return SCHEME + ":" + database.toAbsolutePath().normalize();
    }

    /**
     * Makes the files {@code database.*} open with {@code password} (H2's file password as
     * UTF-16BE bytes; copied, the caller wipes its own) until the registration is closed.
     */
    static Registration register(Path database, byte[] password) {
        List<String> bases = new ArrayList<>();
        Path absolute = database.toAbsolutePath().normalize();
        bases.add(absolute.toString());
        try {
            // H2 may resolve links in the database's folder (toRealPath): both spellings open.
            Path real = absolute.getParent().toRealPath().resolve(absolute.getFileName());
            if (!real.equals(absolute)) {
                bases.add(real.toString());
            }
        } catch (IOException e) {
            // the folder does not exist (yet): H2 will fail to open there anyway, and say where
        }
        byte[] copy = password.clone();
        for (String base : bases) {
            KEYS.put(base, copy);
        }
        return new Registration(bases, copy);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String plainName = getBase().toString();
        byte[] password = keyFor(plainName);
        if (password == null) {
            throw new IOException("No vault key is open for " + plainName
                    + ": Caravan does not write a vault file without encryption");
        }
        FileChannel channel = getBase().open(mode);
        // Every file H2 keeps under a vault's name is an MVStore (the store, a compaction's copy).
        return new XtsAesChannel(name, password, channel, true);
    }

    /** The content's size, as H2's encrypting file system reports it. */
    @Override
    public long size() {
        long content = Math.max(0, getBase().size() - XtsAesChannel.HEADER_LENGTH);
        if ((content & (XtsAesChannel.BLOCK - 1)) != 0) {
            content -= XtsAesChannel.BLOCK;
        }
        return content;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    private static byte[] keyFor(String plainName) {
        Path file = Paths.get(plainName).toAbsolutePath().normalize();
        String fileName = file.getFileName().toString();
        String folder = String.valueOf(file.getParent());
        for (Map.Entry<String, byte[]> entry : KEYS.entrySet()) {
            Path base = Paths.get(entry.getKey());
            if (String.valueOf(base.getParent()).equals(folder)
                    && fileName.startsWith(base.getFileName() + ".")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** An open vault's key, registered for its files; closing forgets and wipes it. */
    static final class Registration implements AutoCloseable {
        private final List<String> bases;
        private final byte[] password;

        private Registration(List<String> bases, byte[] password) {
            this.bases = bases;
            this.password = password;
        }

        @Override
        public void close() {
            for (String base : bases) {
                KEYS.remove(base, password);
            }
            Secrets.wipe(password);
        }
    }

    /** Whether a key is registered for {@code file} (tests check registrations do not outlive vaults). */
    static boolean hasKeyFor(Path file) {
        return keyFor(file.toString()) != null;
    }
}
