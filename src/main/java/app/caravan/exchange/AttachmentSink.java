package app.caravan.exchange;

import app.caravan.domain.Attachment;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives each attachment's content as the reader decrypts it. Its hash is checked only after
 * the sink returns, so the sink must write into something the caller can roll back (a vault
 * transaction) when {@link BundleReader#read} then fails.
 */
@FunctionalInterface
public interface AttachmentSink {
    AttachmentSink DISCARD = (attachment, content) -> content.transferTo(java.io.OutputStream.nullOutputStream());

    void accept(Attachment attachment, InputStream content) throws IOException;
}
