package app.caravan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PROPFIND answers as other servers (Nextcloud, Apache mod_dav, rclone) and hostile ones write them. */
class MultistatusTest {
    static final URI FOLDER = URI.create("https://cloud.example.org/remote.php/dav/files/desk/Caravan%20Inbox/");

    static List<Multistatus.Child> children(String xml) throws IOException {
        return Multistatus.children(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FOLDER);
    }

    static String response(String href, boolean collection) {
        return "<d:response><d:href>" + href + "</d:href><d:propstat><d:prop><d:resourcetype>"
                + (collection ? "<d:collection/>" : "") + "</d:resourcetype></d:prop>"
                + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
    }

    @Test
    void keepsDirectChildrenWhateverTheHrefForm() throws Exception {
        String xml = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">"
                + response("/remote.php/dav/files/desk/Caravan%20Inbox/", true)
                + response("/remote.php/dav/files/desk/Caravan%20Inbox/a.age", false)
                + response("https://cloud.example.org/remote.php/dav/files/desk/Caravan%20Inbox/b%2Dc.age", false)
                + response("sub/", true)
                + response("/remote.php/dav/files/desk/Caravan%20Inbox/sub/deep.age", false)
                + response("/remote.php/dav/files/desk/elsewhere.age", false)
                + response("not a uri ^^", false)
                + "</d:multistatus>";
        assertEquals(List.of(new Multistatus.Child("a.age", false), new Multistatus.Child("b-c.age", false),
                new Multistatus.Child("sub", true)), children(xml));
    }

    @Test
    void otherPrefixesAndNoPrefixAreTheSameNamespace() throws Exception {
        String xml = "<multistatus xmlns=\"DAV:\"><response><href>/remote.php/dav/files/desk/Caravan%20Inbox/x.age"
                + "</href></response></multistatus>";
        assertEquals(List.of(new Multistatus.Child("x.age", false)), children(xml));
    }

    @Test
    void externalEntitiesAreRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d:multistatus xmlns:d=\"DAV:\">" + response("&x;", false) + "</d:multistatus>";
        assertThrows(IOException.class, () -> children(xml));
    }

    @Test
    void notXmlIsAnIoError() {
        assertThrows(IOException.class, () -> children("<html>502 Bad Gateway"));
    }
}
