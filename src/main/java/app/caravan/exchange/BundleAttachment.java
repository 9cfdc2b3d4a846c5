package app.caravan.exchange;

import app.caravan.domain.Attachment;
import java.util.Objects;

/** An attachment to put in a bundle: its description and how to read its content. */
public record BundleAttachment(Attachment attachment, AttachmentContent content) {
    public BundleAttachment {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }
}
