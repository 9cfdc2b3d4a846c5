package app.caravan.exchange;

import java.io.IOException;
import java.io.InputStream;

/** Opens an attachment's content when the writer reaches it, so that no two are open at once. */
@FunctionalInterface
public interface AttachmentContent {
    InputStream open() throws IOException;
}
