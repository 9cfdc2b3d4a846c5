package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.exchange.DeliveryException.Kind;
import app.caravan.exchange.DeliveryTarget.Result;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the two-way sync needs of every target: nested delivery, listing, fetching, reachability
 * and the refusal of paths that could leave the target. Run against a real folder and a real
 * WebDAV server by the subclasses; {@link #root} is the directory on disk behind the target.
 */
abstract class TransportContract {
    static final List<String> BAD_PATHS = List.of("/abs.age", "a//b.age", "./a.age", "a/./b.age", "a/../b.age",
            "..", "a\\b.age", "a b.age", "a/", "c:x.age", "a%2Fb.age", "ä.age", "a?b.age", "a#b.age");

    @TempDir
    Path temp;

    /** The target under test, over {@link #root}. */
    abstract DeliveryTarget target() throws Exception;

    /** The directory on disk whose contents the target shows. */
    abstract Path root();

    /** A target of the same kind that cannot be reached. */
    abstract DeliveryTarget unreachable() throws Exception;

    static byte[] bytes(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    static Result deliver(DeliveryTarget target, String path, byte[] content) throws Exception {
        String sha = Digests.summarize(new ByteArrayInputStream(content)).sha256();
        return target.deliver(path, content.length, sha, () -> new ByteArrayInputStream(content), sent -> { });
    }

    static byte[] fetch(DeliveryTarget target, String path) throws Exception {
        try (InputStream in = target.fetch(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void nestedDeliveryCreatesTheFoldersAndIsListedAndFetched() throws Exception {
        DeliveryTarget target = target();
        UUID device = UUID.randomUUID();
        String folder = "replies/" + device;
        byte[] first = bytes(70_000, 1);
        byte[] second = bytes(10, 2);
        String second3 = "caravan-desk-3-" + UUID.randomUUID() + ".age";
        String second1 = "caravan-desk-1-" + UUID.randomUUID() + ".age";

        assertEquals(Result.DELIVERED, deliver(target, folder + "/" + second3, first));
        assertEquals(Result.DELIVERED, deliver(target, folder + "/" + second1, second));
        assertEquals(Result.ALREADY_THERE, deliver(target, folder + "/" + second1, second));

        assertEquals(List.of(second1, second3).stream().sorted().toList(), target.list(folder));
        assertArrayEquals(first, fetch(target, folder + "/" + second3));
        assertArrayEquals(second, fetch(target, folder + "/" + second1));
        assertArrayEquals(first, Files.readAllBytes(root().resolve("replies").resolve(device.toString())
                .resolve(second3)), "the bundle sits in the nested folder on disk");
        assertEquals(List.of(), target.list(""), "the nested bundles are not in the top folder");
        assertEquals(List.of(), target.list("replies"), "nor in the folder above theirs");
    }

    @Test
    void listShowsOnlyFinishedAgeFilesDirectlyInside() throws Exception {
        DeliveryTarget target = target();
        String top = "caravan-f-1-" + UUID.randomUUID() + ".age";
        deliver(target, top, bytes(100, 3));
        deliver(target, "deep/er/x.age", bytes(5, 4));
        Files.writeString(root().resolve("half.age.part"), "upload in progress");
        Files.writeString(root().resolve("notes.txt"), "not a bundle");
        Files.writeString(root().resolve("with space.age"), "cannot be fetched by name");
        Files.createDirectories(root().resolve("folder.age"));

        assertEquals(List.of(top), target.list(""));
        assertEquals(List.of(), target.list("deep"));
        assertEquals(List.of("x.age"), target.list("deep/er"));
    }

    @Test
    void missingFolderListsEmpty() throws Exception {
        DeliveryTarget target = target();
        assertEquals(List.of(), target.list("replies/" + UUID.randomUUID()));
    }

    @Test
    void fetchingAMissingFileNamesTargetAndPath() throws Exception {
        DeliveryTarget target = target();
        DeliveryException e = assertThrows(DeliveryException.class, () -> fetch(target, "replies/none.age"));
        assertEquals(Kind.FAILED, e.kind());
        assertTrue(e.getMessage().startsWith(target.label()), e.getMessage());
        assertTrue(e.getMessage().contains("replies/none.age"), e.getMessage());
    }

    @Test
    void badRelativePathsAreRefusedBeforeAnythingIsWritten() throws Exception {
        DeliveryTarget target = target();
        Files.createDirectories(root());
        for (String bad : BAD_PATHS) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> deliver(target, bad, bytes(3, 5)), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> target.fetch(bad), bad);
            if (!bad.equals("a/")) {
                assertThrows(IllegalArgumentException.class, () -> target.list(bad), bad);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> target.fetch(""));
        assertThrows(IllegalArgumentException.class, () -> deliver(target, "", bytes(3, 5)));
        assertThrows(IllegalArgumentException.class, () -> target.list("/"));
        assertEquals(List.of(), Files.list(root()).toList(), "nothing was written");
        assertFalse(Files.exists(temp.resolve("b.age")), "nothing escaped the target");
    }

    @Test
    void reachability() throws Exception {
        assertTrue(target().reachable());
        DeliveryTarget away = unreachable();
        assertFalse(away.reachable());
        DeliveryException e = assertThrows(DeliveryException.class, () -> deliver(away, "a/b.age",
                "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Kind.UNREACHABLE, e.kind(), e.getMessage());
        DeliveryException listed = assertThrows(DeliveryException.class, () -> away.list(""));
        assertEquals(Kind.UNREACHABLE, listed.kind(), listed.getMessage());
        assertTrue(listed.getMessage().startsWith(away.label()), listed.getMessage());
    }
}
