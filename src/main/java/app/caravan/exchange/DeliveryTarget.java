package app.caravan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A place sealed bundles are delivered to. Delivery is atomic and verified: the bytes go under
 * a temporary name, their size (and where possible hash) is checked, and only then do they get
 * their final name. A final name that already holds the same bytes counts as delivered, so a
 * retry after a crash never makes a second copy.
 */
public interface DeliveryTarget {
    /** What happened to a bundle that did not fail. */
    enum Result {
        /** Uploaded, verified and moved to the final name now. */
        DELIVERED,
        /** The final name already held these very bytes (an earlier run got that far). */
        ALREADY_THERE
    }

    /** Opens the bundle's bytes, from the start, each time it is called. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** "folder /media/usb" or "WebDAV https://…": the start of every error message. */
    String label();

    /**
     * Delivers {@code size} bytes whose SHA-256 is {@code sha256} (lower-case hex) under
     * {@code finalName}, a relative path of '/'-separated segments whose missing parent folders
     * are created; {@code progress} gets the bytes sent so far.
     *
     * @throws IllegalArgumentException when {@code finalName} is not such a path
     * @throws DeliveryException saying which target and what went wrong; nothing is left under
     *     the final name then
     */
    Result deliver(String finalName, long size, String sha256, Content content, LongConsumer progress)
            throws DeliveryException;

    /**
     * Whether the target can be used right now (folder mounted; WebDAV server answers), quickly:
     * at most ~5 s; never throws.
     */
    boolean reachable();

    /**
     * Names (not paths) of the files ending in ".age" directly inside {@code folder}, a relative
     * path of '/'-separated segments ("" = the target's root), sorted; empty when that folder does
     * not exist. Temporary (".part"/upload) names are never listed.
     *
     * @throws DeliveryException (UNREACHABLE / FAILED) naming the target
     * @throws IllegalArgumentException when {@code folder} is not such a path
     */
    List<String> list(String folder) throws DeliveryException;

    /**
     * Opens the file at {@code path} ('/'-separated, relative) for reading; the caller closes it.
     *
     * @throws DeliveryException naming the target and the path when it is missing or unreadable
     * @throws IllegalArgumentException when {@code path} is not such a path
     */
    InputStream fetch(String path) throws DeliveryException;
}
