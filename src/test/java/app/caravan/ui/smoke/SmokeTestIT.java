package app.caravan.ui.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --smoke-test} of the packaged jar in a JVM of its own, the way CI runs the installed
 * app image (there under Xvfb with GTK; here with Monocle, which the jar does not carry, added
 * to the class path).
 */
class SmokeTestIT {
    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {
    }

    @Test
    void opensTheMainWindowWritesARealSnapshotAndLeavesNoVaultBehind() throws Exception {
        Path png = temp.resolve("shots").resolve("smoke.png");

        Result run = caravan(true, "--smoke-test", png.toString());

        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("snapshot written to"), run.out);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null, "not a readable image: " + png);
        assertTrue(image.getWidth() >= 1024 && image.getHeight() >= 640,
                "the main window's size: " + image.getWidth() + "x" + image.getHeight());
        assertTrue(distinctColors(image) > 50, "a drawn window has many colors (text, icons, theme)");
        assertNoSmokeVaultLeft();
    }

    @Test
    void withoutAnyDisplayItFailsInOneLineInsteadOfHanging() throws Exception {
        Result run = caravan(false, "--smoke-test", temp.resolve("never.png").toString());

        assertEquals(1, run.exit, run.err);
        String last = run.err.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("caravan --smoke-test: failed while "), run.err);
        assertFalse(Files.exists(temp.resolve("never.png")));
        assertNoSmokeVaultLeft();
    }

    @Test
    void withoutAFileItSaysWhatToGive() throws Exception {
        Result run = caravan(false, "--smoke-test");

        assertEquals(2, run.exit);
        assertEquals("caravan --smoke-test: give the PNG file to write, e.g. caravan --smoke-test smoke.png",
                run.err.strip());
    }

    private Result caravan(boolean monocle, String... args) throws Exception {
        String classPath = jar() + (monocle ? File.pathSeparator + monocleJar() : "");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Djava.io.tmpdir=" + tmp(), "-Djava.awt.headless=true"));
        if (monocle) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k"));
        }
        command.add("app.caravan.Caravan");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        // Past the smoke test's own 60 s and its watchdog's grace: the watchdog is what is tested then.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("caravan --smoke-test still ran after 120 s");
        }
        return new Result(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Path tmp() throws IOException {
        return Files.createDirectories(temp.resolve("tmp"));
    }

    private void assertNoSmokeVaultLeft() throws IOException {
        try (Stream<Path> left = Files.list(tmp())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("caravan-smoke-")).toList(),
                    "the temporary vault is deleted");
        }
    }

    private static int distinctColors(BufferedImage image) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colors.add(image.getRGB(x, y));
            }
        }
        return colors.size();
    }

    static String jar() {
        return System.getProperty("caravan.jar", "target/caravan.jar");
    }

    /** Monocle is a test dependency; its jar is found through one of its classes, without loading it. */
    static String monocleJar() throws Exception {
        Class<?> factory = Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false,
                SmokeTestIT.class.getClassLoader());
        return Path.of(factory.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
