package app.caravan.app;

import app.caravan.app.SyncReport.Line;
import app.caravan.app.SyncReport.Outcome;
import app.caravan.domain.BundleState;
import app.caravan.domain.Delivery;
import app.caravan.domain.OutboxBundle;
import app.caravan.domain.Localized;
import app.caravan.domain.Problem;
import app.caravan.domain.SyncTarget;
import app.caravan.exchange.DeliveryException;
import app.caravan.exchange.DeliveryTarget;
import app.caravan.exchange.FolderTarget;
import app.caravan.exchange.WebDavTarget;
import app.caravan.storage.OutboxStore;
import app.caravan.storage.SyncTargetStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** The outbox and its delivery, with retry state kept in the vault so a crash or kill resumes (ADR 0011). */
final class LocalSyncService implements SyncService {
    private static final Logger LOG = Logger.getLogger(LocalSyncService.class.getName());
    /** First retry after 30 s, doubling, at most every 6 h: polite to a server that is down for the day. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final OutboxStore outbox;
    private final SyncTargetStore targets;
    private final Clock clock;

    LocalSyncService(OutboxStore outbox, SyncTargetStore targets, Clock clock) {
        this.outbox = outbox;
        this.targets = targets;
        this.clock = clock;
    }

    /** Drops bundles whose enqueuing a crash interrupted; the sealer makes them again. */
    int recoverInterrupted() {
        int removed = outbox.deleteIncomplete();
        if (removed > 0) {
            LOG.info("Removed " + removed + " bundle(s) whose enqueuing was interrupted");
        }
        return removed;
    }

    @Override
    public OutboxBundle enqueue(SealedBundle sealed, InputStream content) throws IOException {
        OutboxBundle bundle = new OutboxBundle(sealed.id(), sealed.device(), sealed.sequence(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), sealed.size(), sealed.sha256(), BundleState.SEALED,
                sealed.folder());
        if (outbox.taken(bundle.id(), bundle.sequence())) {
            throw new IllegalArgumentException("The outbox already holds bundle " + bundle.id() + " or sequence number "
                    + bundle.sequence());
        }
        int partSize = OutboxStore.DEFAULT_PART_SIZE;
        outbox.begin(bundle, partSize);
        MessageDigest sha = sha256();
        byte[] buffer = new byte[partSize];
        long total = 0;
        try {
            for (int seq = 0; ; seq++) {
                int n = content.readNBytes(buffer, 0, partSize);
                if (n == 0) {
                    break;
                }
                if (total + n > bundle.size()) {
                    throw new IOException("Bundle " + bundle.id() + " is longer than the " + bundle.size()
                            + " bytes announced");
                }
                sha.update(buffer, 0, n);
                outbox.appendPart(bundle.id(), seq, buffer, n);
                total += n;
                if (n < partSize) {
                    break;
                }
            }
            if (total != bundle.size()) {
                throw new IOException("Bundle " + bundle.id() + " ended after " + total + " of the " + bundle.size()
                        + " bytes announced");
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(bundle.sha256())) {
                throw new IOException("Bundle " + bundle.id() + " has SHA-256 " + actual + ", not the "
                        + bundle.sha256() + " announced");
            }
            outbox.finish(bundle.id());
            return bundle;
        } catch (IOException | RuntimeException e) {
            outbox.delete(bundle.id());
            throw e;
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    @Override
    public List<OutboxBundle> outbox() {
        return outbox.list().stream().map(OutboxStore.Entry::bundle).toList();
    }

    @Override
    public SyncReport deliver(boolean now, Consumer<Progress> progress, BooleanSupplier cancelled) {
        List<SyncTarget> configured = targets.list();
        List<OutboxStore.Entry> queued = outbox.list().stream()
                .filter(e -> e.bundle().state() == BundleState.SEALED).toList();
        if (configured.isEmpty() || queued.isEmpty()) {
            return new SyncReport(List.of(), configured.isEmpty(), queued.size());
        }
        Map<String, Delivery> state = new HashMap<>();
        for (Delivery d : outbox.deliveries()) {
            state.put(key(d.bundleId(), d.targetId()), d);
        }
        Run run = new Run(progress, cancelled);
        for (OutboxStore.Entry e : queued) {
            for (SyncTarget t : configured) {
                Delivery d = state.get(key(e.bundle().id(), t.id()));
                if (d == null || !d.delivered()) {
                    run.bytesTotal += e.bundle().size();
                    run.total++;
                }
            }
        }
        Set<UUID> blocked = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        int stillQueued = 0;
        for (OutboxStore.Entry e : queued) {
            OutboxBundle b = e.bundle();
            boolean everywhere = true;
            for (SyncTarget t : configured) {
                Delivery d = state.get(key(b.id(), t.id()));
                if (d != null && d.delivered()) {
                    continue;
                }
                Line line = deliverOne(e, t, d, now, blocked.contains(t.id()), run);
                lines.add(line);
                if (line.outcome() != Outcome.DELIVERED && line.outcome() != Outcome.ALREADY_THERE) {
                    everywhere = false;
                    // The desk rejects an older bundle after a newer one as a replay: keep the order.
                    blocked.add(t.id());
                }
            }
            if (everywhere) {
                outbox.setState(b.id(), BundleState.DELIVERED);
            } else {
                stillQueued++;
            }
        }
        return new SyncReport(lines, false, stillQueued);
    }

    private Line deliverOne(OutboxStore.Entry entry, SyncTarget target, Delivery previous, boolean now,
            boolean blocked, Run run) {
        OutboxBundle b = entry.bundle();
        int attempts = previous == null ? 0 : previous.attempts();
        if (run.cancelled.getAsBoolean()) {
            return line(b, target, Outcome.CANCELLED, null, null);
        }
        if (blocked) {
            return line(b, target, Outcome.BLOCKED, null, null);
        }
        Instant at = clock.instant();
        if (!now && previous != null && previous.nextAttemptAt() != null && previous.nextAttemptAt().isAfter(at)) {
            return line(b, target, Outcome.WAITING, previous.lastError(), previous.nextAttemptAt());
        }
        long base = run.bytesDone;
        try {
            DeliveryTarget delivery = open(target);
            DeliveryTarget.Result result = delivery.deliver(b.path(), b.size(), b.sha256(),
                    () -> new OutboxInputStream(outbox, entry, run.cancelled),
                    sent -> run.report(base + sent));
            outbox.record(new Delivery(b.id(), target.id(), attempts, null, null, clock.instant()));
            run.finish(base + b.size());
            return line(b, target, result == DeliveryTarget.Result.DELIVERED ? Outcome.DELIVERED
                    : Outcome.ALREADY_THERE, null, null);
        } catch (DeliveryException | RuntimeException e) {
            run.finish(base + b.size());
            if (run.cancelled.getAsBoolean()) {
                // A cancelled upload is not the target's fault: no attempt counted, no backoff.
                return line(b, target, Outcome.CANCELLED, null, null);
            }
            String error = e instanceof DeliveryException ? e.getMessage()
                    : target.label() + ": " + e.getMessage();
            Instant next = clock.instant().plus(backoff(attempts + 1));
            outbox.record(new Delivery(b.id(), target.id(), attempts + 1, next, error, null));
            LOG.info("Bundle " + b.sequence() + " not delivered: " + error);
            Problem problem = e instanceof Localized localized ? localized.problem() : null;
            return new Line(b.id(), b.sequence(), target.label(), Outcome.FAILED, error, next, problem);
        }
    }

    /** 30 s, 1 min, 2 min, … up to 6 h after the {@code attempts}-th failure in a row. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    DeliveryTarget open(SyncTarget target) {
        return switch (target.kind()) {
            case FOLDER -> new FolderTarget(Path.of(target.location()));
            case WEBDAV -> {
                char[] password = targets.secret(target.id());
                try {
                    yield new WebDavTarget(URI.create(target.location()), target.user(), password);
                } finally {
                    if (password != null) {
                        Arrays.fill(password, '\0');
                    }
                }
            }
        };
    }

    @Override
    public void acknowledge(UUID bundleId) {
        if (!outbox.acknowledge(bundleId)) {
            throw new NotFoundException(Problem.of("sync.noBundle", bundleId));
        }
    }

    @Override
    public SyncTarget addFolder(Path folder) {
        SyncTarget target = new SyncTarget(UUID.randomUUID(), SyncTarget.Kind.FOLDER,
                folder.toAbsolutePath().normalize().toString(), null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        targets.add(target, null);
        return target;
    }

    @Override
    public SyncTarget addWebDav(URI url, String user, char[] password) {
        checkWebDavUrl(url);
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Problem.of("sync.webdav.noUser", url));
        }
        SyncTarget target = new SyncTarget(UUID.randomUUID(), SyncTarget.Kind.WEBDAV, url.toString(), user.strip(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        targets.add(target, password == null ? new char[0] : password);
        return target;
    }

    /** Plain http would send the password in the clear: allowed only to this machine (tests, a local rclone). */
    static void checkWebDavUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new LocalizedArgumentException(Problem.of("sync.webdav.notAddress", url));
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new LocalizedArgumentException(Problem.of("sync.webdav.plainHttp", url));
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return host.equalsIgnoreCase("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public List<SyncTarget> targets() {
        return targets.list();
    }

    @Override
    public boolean reachable(UUID targetId) {
        SyncTarget target = targets.list().stream().filter(t -> t.id().equals(targetId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Problem.of("sync.noTarget", targetId)));
        return open(target).reachable();
    }

    @Override
    public void removeTarget(UUID targetId) {
        if (!targets.remove(targetId)) {
            throw new NotFoundException(Problem.of("sync.noTarget", targetId));
        }
    }

    private static Line line(OutboxBundle b, SyncTarget t, Outcome outcome, String error, Instant next) {
        return new Line(b.id(), b.sequence(), t.label(), outcome, error, next);
    }

    private static String key(UUID bundle, UUID target) {
        return bundle + "/" + target;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Progress bookkeeping of one {@link #deliver} call. */
    private static final class Run {
        final Consumer<Progress> progress;
        final BooleanSupplier cancelled;
        long bytesTotal;
        long bytesDone;
        int total;
        int done;

        Run(Consumer<Progress> progress, BooleanSupplier cancelled) {
            this.progress = progress == null ? p -> { } : progress;
            this.cancelled = cancelled == null ? () -> false : cancelled;
        }

        void report(long bytes) {
            progress.accept(new Progress(Math.min(bytes, bytesTotal), bytesTotal, done, total));
        }

        void finish(long bytes) {
            bytesDone = bytes;
            done++;
            progress.accept(new Progress(bytesDone, bytesTotal, done, total));
        }
    }
}
