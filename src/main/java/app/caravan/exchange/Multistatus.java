package app.caravan.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The direct children named in a WebDAV PROPFIND (Depth 1) answer. The server is not trusted:
 * no DTDs or external entities, a size limit, and hrefs that do not decode to a direct child of
 * the folder asked about are ignored.
 */
final class Multistatus {
    static final String DAV = "DAV:";
    /** A folder of thousands of bundles answers in well under a megabyte per thousand. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final String PROPFIND_BODY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/></d:prop></d:propfind>";

    /** One child: its decoded last path segment, and whether it is a folder. */
    record Child(String name, boolean collection) {
    }

    private Multistatus() {
    }

    /** @param folder the URL the PROPFIND went to, which relative hrefs resolve against */
    static List<Child> children(InputStream xml, URI folder) throws IOException {
        Document doc = parse(new Limited(xml));
        String parentPath = trimSlash(folder.getPath());
        List<Child> children = new ArrayList<>();
        NodeList responses = doc.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            NodeList hrefs = response.getElementsByTagNameNS(DAV, "href");
            if (hrefs.getLength() == 0) {
                continue;
            }
            String path = decodedPath(hrefs.item(0).getTextContent(), folder);
            if (path == null) {
                continue;
            }
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            if (slash < 0 || name.isEmpty() || !path.substring(0, slash).equals(parentPath)) {
                continue;
            }
            boolean collection = response.getElementsByTagNameNS(DAV, "collection").getLength() > 0;
            children.add(new Child(name, collection));
        }
        return children;
    }

    /** The percent-decoded path of {@code href} without a trailing slash, or null when it is no URI. */
    private static String decodedPath(String href, URI folder) {
        try {
            URI resolved = folder.resolve(new URI(href.strip()));
            return resolved.getPath() == null ? null : trimSlash(resolved.getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimSlash(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // Reports through exceptions only: the default handler would print the server's junk to stderr.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured safely", e);
        } catch (SAXException e) {
            throw new IOException("the folder listing is not valid WebDAV XML: " + e.getMessage(), e);
        }
    }

    /** Stops a server that answers without end. */
    private static final class Limited extends FilterInputStream {
        private long total;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            total += n;
            if (total > MAX_BYTES) {
                throw new IOException("the folder listing is larger than " + MAX_BYTES + " bytes");
            }
        }
    }
}
