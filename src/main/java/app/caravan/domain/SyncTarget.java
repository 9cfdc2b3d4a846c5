package app.caravan.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A place bundles are delivered to: a folder (USB stick, synced folder) or a WebDAV collection.
 * The WebDAV password is not part of this record; it stays in the vault until a delivery needs it.
 */
public record SyncTarget(UUID id, Kind kind, String location, String user, Instant addedAt) {
    public enum Kind {
        FOLDER,
        WEBDAV;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Unknown target kind \"" + key + "\" (folder or webdav)");
        }
    }

    public SyncTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** "folder /media/usb/desk" or "webdav https://cloud.example/dav (user anna)": for messages and lists. */
    public String label() {
        return kind.key() + " " + location + (user == null ? "" : " (user " + user + ")");
    }
}
