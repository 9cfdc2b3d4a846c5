package app.caravan.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM started with this one's {@code java} and class path, for figures that only mean
 * something from a cold start (the window, unlock, memory). The child reports on stdout in
 * lines {@code bench.KEY=VALUE}; everything else it prints is ignored, except that its last
 * stderr line explains a failure.
 */
final class ChildJvm {
    static final String PREFIX = "bench.";
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** What a child reported, and the wall clock (epoch ms) just before it was started. */
    record Result(Map<String, String> values, long spawnedAtMillis) {
        long number(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("the child JVM did not report " + key + "; it reported " + values);
            }
            return Long.parseLong(value);
        }
    }

    /** How a child can show a window: a real display, Monocle headless, or not at all (with why). */
    record Display(String name, List<String> jvmOptions, String unavailable) {
        boolean available() {
            return unavailable == null;
        }
    }

    private ChildJvm() {
    }

    /** A real X display when DISPLAY is set, else Monocle headless when it is on the class path (tests, not the jar). */
    static Display display() {
        String x = System.getenv("DISPLAY");
        if (x != null && !x.isBlank()) {
            return new Display("X display " + x, List.of(), null);
        }
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, ChildJvm.class.getClassLoader());
            return new Display("Monocle headless, software rendering", List.of("-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"),
                    null);
        } catch (ClassNotFoundException | LinkageError e) {
            return new Display("none", List.of(), "no display: DISPLAY is not set and Monocle is not on the class path"
                    + " (it is a test dependency, not in the jar); run under xvfb-run");
        }
    }

    /**
     * Runs {@code mainClass} with {@code args} in a new JVM (same java, class path and -Xmx), writes
     * {@code stdin} to it, and returns what it reported once it has exited with status 0.
     */
    static Result run(List<String> jvmOptions, String mainClass, List<String> args, String stdin) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xmx")) {
                command.add(option);
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        long spawned = System.currentTimeMillis();
        Process process = builder.start();
        CompletableFuture<String> err = drain(process.getErrorStream());
        CompletableFuture<String> out = drain(process.getInputStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The child may exit before reading its input; its exit status and stderr say why.
        }
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(mainClass + " " + args + " did not finish within " + TIMEOUT.toMinutes() + " min");
            }
            int exit = process.exitValue();
            if (exit != 0) {
                throw new IOException(mainClass + " " + String.join(" ", args) + " exited with " + exit + ": "
                        + lastLine(err.join()));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : out.join().split("\\R")) {
                int eq = line.indexOf('=');
                if (line.startsWith(PREFIX) && eq > 0) {
                    values.put(line.substring(PREFIX.length(), eq), line.substring(eq + 1).strip());
                }
            }
            return new Result(values, spawned);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + mainClass, e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, task -> {
            // Its own thread each: the common pool may have one thread, and a full pipe would then block the child.
            Thread thread = new Thread(task, "bench-child-output");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "(nothing on stderr)";
    }
}
