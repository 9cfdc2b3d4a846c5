package app.caravan.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a piece of work split by who spent it: the calling thread, the threads it starts
 * (by name), the JIT compilers, the garbage collector. Read from Linux's /proc/self/task, sampled
 * every {@value #SAMPLE_MILLIS} ms because threads that end take their counters with them (so a
 * thread's last tenth of a second may be missing). Says where an import's time goes without a
 * profiler, on the machine the figures come from.
 */
final class ThreadCpu implements AutoCloseable {
    static final int SAMPLE_MILLIS = 100;
    /** USER_HZ: /proc reports thread times in ticks of 10 ms on every Linux. */
    private static final double TICK_SECONDS = 0.01;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final Map<String, Long> before;
    private final Map<String, Long> last = new HashMap<>();
    private final long callerStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    private final long wallStart = System.nanoTime();
    private final Thread sampler;
    private volatile boolean running = true;
    private long callerNanos;
    private long wallNanos;

    private ThreadCpu() {
        before = read();
        sampler = new Thread(() -> {
            while (running) {
                synchronized (last) {
                    last.putAll(read());
                }
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts measuring; null where there is no /proc (then nothing is said). */
    static ThreadCpu start() {
        return Files.isDirectory(TASKS) ? new ThreadCpu() : null;
    }

    /** Stops; call on the thread that did the work. */
    @Override
    public void close() {
        callerNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - callerStart;
        wallNanos = System.nanoTime() - wallStart;
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        last.putAll(read());
    }

    /**
     * Seconds of CPU per group, in the order given: the calling thread as {@code caller}, then
     * {@code named} (thread-name prefix to group), compilers, collector and the rest.
     */
    Map<String, Double> seconds(String caller, Map<String, String> named) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(caller, callerNanos / 1e9);
        named.values().forEach(group -> out.putIfAbsent(group, 0.0));
        out.put("JIT compilers", 0.0);
        out.put("GC", 0.0);
        out.put("other", 0.0);
        double all = 0;
        for (Map.Entry<String, Long> e : last.entrySet()) {
            double spent = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) * TICK_SECONDS;
            all += spent;
            String name = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            String group = named.entrySet().stream().filter(n -> name.startsWith(n.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")
                            ? "JIT compilers" : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : null);
            if (group != null) {
                out.merge(group, spent, Double::sum);
            }
        }
        double grouped = out.values().stream().mapToDouble(Double::doubleValue).sum();
        out.put("other", Math.max(0, all - grouped));
        return out;
    }

    double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** "name: ticks" of every thread of this process, keyed "tid name". */
    private static Map<String, Long> read() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
                    out.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException ended) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    static String describe(Map<String, Double> seconds, double wall) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f s", e.getValue()));
        }
        double sum = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return out + String.format(Locale.ROOT, "; %.1f s of CPU in %.1f s on %d cores", sum, wall,
                Runtime.getRuntime().availableProcessors());
    }
}
