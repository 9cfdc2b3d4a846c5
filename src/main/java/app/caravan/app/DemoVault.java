package app.caravan.app;

import app.caravan.crypto.AgeIdentity;
import app.caravan.crypto.KdfParams;
import app.caravan.domain.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The demo vault: 34 fictional interviews written for Caravan ({@code app/caravan/demo/}), put
 * into a real encrypted vault through the services the screens use (import, review steps,
 * comments, a withdrawal, a sealed bundle), and marked as demo in the vault itself so that every
 * page can say so. Its passphrase is published; {@link LocalVaultService} refuses it for any
 * other vault.
 *
 * <p>Building is all or nothing: the vault is built in a hidden folder next to the target and
 * renamed into place only when complete, so a failure or a crash leaves no half demo behind
 * (at most a hidden {@code .NAME.building-…} folder after a crash, which the next build ignores).
 * Every method blocks and may run on any thread; none needs JavaFX.
 */
public final class DemoVault {
    /** Shown on the welcome screen and prefilled when the demo vault is unlocked. */
    public static final String PASSPHRASE = "caravan-demo";

    static final String INTERVIEWS = "/app/caravan/demo/interviews.json";
    static final String REVIEW = "/app/caravan/demo/review.json";
    private static final Logger LOG = Logger.getLogger(DemoVault.class.getName());

    private final LocalVaultService vaults;
    private final String interviewsResource;
    private final String reviewResource;

    public DemoVault() {
        this(KdfParams.DEFAULT, Clock.systemDefaultZone());
    }

    /** With other Argon2id costs (tests) or a fixed clock. */
    public DemoVault(KdfParams kdf, Clock clock) {
        this(new LocalVaultService(kdf, clock), INTERVIEWS, REVIEW);
    }

    /** With other content (tests of what happens when the content is broken). */
    DemoVault(LocalVaultService vaults, String interviewsResource, String reviewResource) {
        this.vaults = Objects.requireNonNull(vaults, "vaults");
        this.interviewsResource = interviewsResource;
        this.reviewResource = reviewResource;
    }

    /** A fresh copy of {@link #PASSPHRASE}, for the caller to wipe. */
    public static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    /** True when {@code chars} is the demo passphrase, ignoring case and surrounding blanks. */
    public static boolean isDemoPassphrase(char[] chars) {
        if (chars == null) {
            return false;
        }
        int start = 0;
        int end = chars.length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (end - start != PASSPHRASE.length()) {
            return false;
        }
        boolean same = true;
        for (int i = 0; i < PASSPHRASE.length(); i++) {
            same &= Character.toLowerCase(chars[start + i]) == PASSPHRASE.charAt(i);
        }
        return same;
    }

    static VaultAccessException reserved(Path directory) {
        return new VaultAccessException(VaultAccessException.Reason.RESERVED_PASSPHRASE, directory,
                "The passphrase \"" + PASSPHRASE + "\" is the published passphrase of the demo vault; choose another"
                        + " one for the vault in " + directory);
    }

    /** Builds the demo vault in {@code directory} (which must not exist or be empty) and returns it unlocked. */
    public VaultSession create(Path directory) throws VaultAccessException {
        return create(directory, fraction -> { });
    }

    /** Like {@link #create(Path)}; {@code progress} hears fractions from 0 to 1, from the calling thread. */
    public VaultSession create(Path directory, DoubleConsumer progress) throws VaultAccessException {
        Path target = directory.toAbsolutePath().normalize();
        if (vaults.exists(target)) {
            throw new VaultAccessException(VaultAccessException.Reason.ALREADY_EXISTS, target,
                    "There is already a vault in " + target);
        }
        if (!isMissingOrEmpty(target)) {
            throw new VaultAccessException(VaultAccessException.Reason.NOT_A_VAULT, target,
                    "The folder " + target + " is not empty; the demo vault needs an empty or new folder");
        }
        Path staging = target.resolveSibling("." + target.getFileName() + ".building-" + UUID.randomUUID());
        progress.accept(0);
        try {
            try (VaultSession session = vaults.createUnchecked(staging, passphrase())) {
                fill(session, progress);
            }
            moveIntoPlace(staging, target);
        } catch (VaultAccessException | RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
        VaultSession session = open(target);
        progress.accept(1);
        return session;
    }

    /** Unlocks the demo vault in {@code directory}; a vault there that is not the demo is refused. */
    public VaultSession open(Path directory) throws VaultAccessException {
        Path target = directory.toAbsolutePath().normalize();
        VaultSession session;
        char[] chars = passphrase();
        try {
            session = vaults.open(target, chars);
        } catch (VaultAccessException e) {
            if (e.reason() == VaultAccessException.Reason.WRONG_PASSPHRASE) {
                throw notDemo(target, e);
            }
            throw e;
        } finally {
            Arrays.fill(chars, '\0');
        }
        if (!session.isDemo()) {
            session.close();
            throw notDemo(target, null);
        }
        return session;
    }

    /** The second click on "Try the demo vault": the demo already there is opened, not built again. */
    public VaultSession openOrCreate(Path directory, DoubleConsumer progress) throws VaultAccessException {
        return vaults.exists(directory) ? open(directory) : create(directory, progress);
    }

    private static VaultAccessException notDemo(Path directory, Throwable cause) {
        return new VaultAccessException(VaultAccessException.Reason.NOT_A_VAULT, directory,
                "The vault in " + directory + " is not the demo vault; open it with its own passphrase", cause);
    }

    /** Everything after the empty vault, in the order a team would have done it. */
    private void fill(VaultSession session, DoubleConsumer progress) {
        DemoScript script = read(reviewResource, in -> DemoScript.read(in, fileName(reviewResource)));
        ((LocalSettingsService) session.settings()).markDemo();
        session.settings().setUserName(script.userName());
        read(interviewsResource, in -> session.interchange().importStream(fileName(interviewsResource), in));
        progress.accept(0.3);
        session.review().setRole(script.role());
        int total = Math.max(1, script.steps());
        int done = 0;
        for (DemoScript.Entry entry : script.interviews()) {
            for (Status step : entry.steps()) {
                call(() -> session.review().transition(entry.id(), step), entry.id());
                progress.accept(0.3 + 0.6 * ++done / total);
            }
            for (DemoScript.Comment comment : entry.comments()) {
                comment(session, entry.id(), comment);
                progress.accept(0.3 + 0.6 * ++done / total);
            }
            if (entry.withdrawnAt() != null) {
                session.interviews().withdraw(entry.id(), entry.withdrawnAt());
                progress.accept(0.3 + 0.6 * ++done / total);
            }
        }
        sealForFictionalDesk(session, script.deskRecipientLabel());
        progress.accept(0.95);
    }

    private static void comment(VaultSession session, UUID id, DemoScript.Comment comment) {
        String transcript = session.interviews().get(id).transcript();
        int start = transcript.indexOf(comment.quote());
        if (start < 0) {
            throw new IllegalStateException("Demo content: the comment quote \"" + comment.quote()
                    + "\" is not in the transcript of interview " + id);
        }
        var added = call(() -> session.review().addComment(id, start, start + comment.quote().length(), comment.body()), id);
        if (comment.resolved()) {
            session.review().resolve(added.id());
        }
    }

    /**
     * A desk whose secret key was thrown away the moment it was made: the Sync page has a
     * recipient and a sealed bundle to show, and nobody can ever open that bundle.
     */
    private static void sealForFictionalDesk(VaultSession session, String label) {
        String recipient;
        try (AgeIdentity desk = AgeIdentity.generate()) {
            recipient = desk.recipient().value();
        }
        call(() -> session.keys().addRecipient(recipient, label), null);
        call(() -> session.bundles().seal(List.of(recipient), false, null), null);
    }

    private interface Reading<T> {
        T read(InputStream in) throws InvalidInputException;
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T read(String resource, Reading<T> reading) {
        try (InputStream in = DemoVault.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo content: the resource " + resource + " is missing from the build");
            }
            return reading.read(in);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("Demo content is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Our own content failing a service's checks is a bug in the content: say which interview. */
    private static <T> T call(Step<T> step, UUID interview) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Demo content" + (interview == null ? "" : " (interview " + interview + ")")
                    + ": " + e.getMessage(), e);
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static boolean isMissingOrEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws VaultAccessException {
        try {
            // An empty folder in the way (made by hand, or left by a cancelled dialog) is replaced.
            Files.deleteIfExists(target);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } catch (IOException e) {
            throw new VaultAccessException(VaultAccessException.Reason.IO, target,
                    "Cannot move the finished demo vault into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not remove the unfinished demo vault " + dir, e);
        }
    }
}
