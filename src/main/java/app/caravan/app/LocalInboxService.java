package app.caravan.app;

import app.caravan.domain.OutboxBundle;
import app.caravan.domain.Role;
import app.caravan.domain.SyncTarget;
import app.caravan.exchange.DeliveryException;
import app.caravan.exchange.DeliveryTarget;
import app.caravan.storage.InboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link InboxService} over the configured targets. File names say sender and sequence
 * ({@link OutboxBundle#fileName()}), so a bundle already imported, or sent by this vault, is
 * never downloaded. A download goes to a temporary file in the vault's folder first (it is
 * age-encrypted; nothing readable touches the disk) so the import transaction does not wait on
 * the network.
 */
final class LocalInboxService implements InboxService {
    private static final Logger LOG = Logger.getLogger(LocalInboxService.class.getName());
    private static final Pattern NAME = Pattern.compile(
            "caravan-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9]{1,18})-[0-9a-f-]{36}\\.age");

    private final LocalSyncService sync;
    private final DeskImportService imports;
    private final LocalKeysService keys;
    private final Supplier<Role> role;
    private final InboxStore store;
    private final Path vaultDirectory;
    private final Clock clock;

    LocalInboxService(LocalSyncService sync, DeskImportService imports, LocalKeysService keys, Supplier<Role> role,
            InboxStore store, Path vaultDirectory, Clock clock) {
        this.sync = sync;
        this.imports = imports;
        this.keys = keys;
        this.role = role;
        this.store = store;
        this.vaultDirectory = vaultDirectory;
        this.clock = clock;
    }

    private record Candidate(UUID device, long sequence, String name) {
    }

    @Override
    public PullReport pull(BooleanSupplier cancelled, String trustedFingerprint) {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        UUID own = keys.device().deviceId();
        // The desk reads what field devices put in the root; a field device only its own replies.
        String folder = role.get() == Role.DESK ? "" : OutboxBundle.repliesFolder(own);
        Map<UUID, Long> imported = new HashMap<>(store.imported());
        List<Line> lines = new ArrayList<>();
        for (SyncTarget target : sync.targets()) {
            if (stop.getAsBoolean()) {
                break;
            }
            DeliveryTarget place = sync.open(target);
            if (!place.reachable()) {
                continue; // the delivery half of the round reports it; nothing to pull from here now
            }
            List<String> names;
            try {
                names = place.list(folder);
            } catch (DeliveryException e) {
                lines.add(new Line(target.label(), folder, Outcome.FAILED, e.getMessage(), null));
                continue;
            }
            Set<String> refused = store.refused(target.id());
            List<Candidate> candidates = new ArrayList<>();
            for (String name : names) {
                Matcher m = NAME.matcher(name);
                if (!m.matches() || refused.contains(name)) {
                    continue;
                }
                UUID device = UUID.fromString(m.group(1));
                long seq = Long.parseLong(m.group(2));
                if (!device.equals(own) && seq > imported.getOrDefault(device, 0L)) {
                    candidates.add(new Candidate(device, seq, name));
                }
            }
            // Oldest first per sender: a newer bundle imported first would make the older one a replay.
            candidates.sort(Comparator.comparing(Candidate::device).thenComparingLong(Candidate::sequence));
            Set<UUID> stuck = new HashSet<>();
            for (Candidate c : candidates) {
                if (stop.getAsBoolean()) {
                    break;
                }
                if (stuck.contains(c.device()) || c.sequence() <= imported.getOrDefault(c.device(), 0L)) {
                    continue;
                }
                Line line = pullOne(target, place, folder.isEmpty() ? c.name() : folder + "/" + c.name(), c.name(),
                        trustedFingerprint);
                lines.add(line);
                if (line.outcome() == Outcome.IMPORTED) {
                    imported.put(c.device(), c.sequence());
                } else if (line.outcome() != Outcome.REFUSED) {
                    stuck.add(c.device());
                }
            }
        }
        return new PullReport(lines);
    }

    private Line pullOne(SyncTarget target, DeliveryTarget place, String path, String name, String trusted) {
        Path temp = null;
        try {
            temp = Files.createTempFile(vaultDirectory, ".caravan-inbox-", ".tmp");
            download(place, path, temp);
            DeskImportService.Result result;
            try (InputStream in = Files.newInputStream(temp)) {
                result = imports.importBundle(in, null, trusted);
            }
            return new Line(target.label(), name, Outcome.IMPORTED, summary(result), result);
        } catch (DeliveryException | IOException e) {
            return new Line(target.label(), name, Outcome.FAILED, target.label() + ": " + name + ": " + e.getMessage(),
                    null);
        } catch (UnknownDeviceException e) {
            return new Line(target.label(), name, Outcome.UNTRUSTED, e.getMessage(), null, e.deviceId(),
                    e.fingerprint(), e.problem());
        } catch (InvalidInputException e) {
            store.refuse(target.id(), name, e.getMessage(), clock.instant());
            LOG.info("Bundle " + name + " on " + target.label() + " refused: " + e.getMessage());
            return Line.because(target.label(), name, Outcome.REFUSED, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warning("Could not delete a downloaded (encrypted) bundle: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Copies the bundle into {@code temp}, saying which side failed: a connection that broke off
     * (the server went away; tried again next time) or the local disk (full, not writable).
     */
    private void download(DeliveryTarget place, String path, Path temp) throws DeliveryException, IOException {
        byte[] buffer = new byte[64 * 1024];
        long got = 0;
        try (InputStream in = place.fetch(path); OutputStream out = Files.newOutputStream(temp)) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw new IOException("the download broke off after " + got + " bytes (" + e.getMessage()
                            + "); it is tried again on the next sync", e);
                }
                if (n < 0) {
                    break;
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new IOException("cannot write the download into " + vaultDirectory + " ("
                            + e.getMessage() + ")", e);
                }
                got += n;
            }
        }
    }

    /** Deletes downloads and half-sealed bundles a crash left in the vault's folder (encrypted, but useless). */
    static void sweep(Path vaultDirectory) {
        try (var files = Files.newDirectoryStream(vaultDirectory, ".caravan-{inbox,bundle}-*.tmp")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warning("Could not clean up temporary bundle files: " + e.getMessage());
        }
    }

    static String summary(DeskImportService.Result r) {
        if (r.alreadyImported()) {
            return "already imported";
        }
        return r.added() + " added, " + r.updated() + " updated, " + r.withdrawn() + " withdrawn, " + r.conflicts()
                + " conflicts, " + r.reviewed() + " reviews, " + r.acknowledged() + " acknowledged";
    }
}
