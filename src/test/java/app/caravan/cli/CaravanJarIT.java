package app.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it: separate JVM, no display, the real Argon2id cost, the
 * passphrase from the environment.
 */
class CaravanJarIT {
    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {
    }

    Result caravan(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("CARAVAN_PASSPHRASE");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "caravan did not finish");
        return new Result(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static String jar() {
        return System.getProperty("caravan.jar", "target/caravan.jar");
    }

    @Test
    void helpWorksWithoutADisplayAndNeverLoadsJavaFx() throws Exception {
        Result help = caravan(Map.of(), "-verbose:class", "-jar", jar(), "--help");

        assertEquals(0, help.exit, help.err);
        assertTrue(help.out.contains("Usage: caravan"), help.out);
        assertTrue(help.out.contains("export-json"), help.out);
        assertTrue(help.out.contains("picocli.CommandLine"), "class loading is logged, so the check below means something");
        assertFalse(help.out.contains(" javafx."), "JavaFX classes were loaded for --help");
        // The desktop app starts through the same command line: a JSON writer built there costs every start.
        assertFalse(help.out.contains("com.fasterxml.jackson.databind.ObjectMapper "),
                "Jackson's ObjectMapper was built for --help");
    }

    @Test
    void initImportListExportThroughThePackagedJar() throws Exception {
        Path vault = temp.resolve("vault");
        Map<String, String> env = Map.of("CARAVAN_PASSPHRASE", "a long and careful passphrase");
        Path sample = temp.resolve("sample.json");
        try (var in = CaravanJarIT.class.getResourceAsStream("/interchange/sample.json")) {
            Files.copy(in, sample);
        }

        assertEquals(0, caravan(env, "-jar", jar(), "--vault", vault.toString(), "init").exit);
        Result imported = caravan(env, "-jar", jar(), "--vault", vault.toString(), "import", sample.toString());
        assertEquals(0, imported.exit, imported.err);
        assertEquals("imported 2", imported.out.strip());

        Result list = caravan(env, "-jar", jar(), "--vault", vault.toString(), "list", "--json");
        assertEquals(0, list.exit, list.err);
        assertEquals(2, list.out.strip().lines().count(), list.out);
        assertFalse(list.out.contains("Тимур Р."));

        Result wrong = caravan(Map.of("CARAVAN_PASSPHRASE", "nope nope nope"), "-jar", jar(), "--vault",
                vault.toString(), "list");
        assertEquals(1, wrong.exit);
        assertEquals("caravan: Wrong passphrase", wrong.err.strip());

        Path export = temp.resolve("export.json");
        assertEquals(0, caravan(env, "-jar", jar(), "--vault", vault.toString(), "export-json", export.toString()).exit);
        var exported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.toFile());
        assertEquals("caravan-interviews", exported.path("format").asText());
        assertEquals(2, exported.path("interviews").size());
    }
}
