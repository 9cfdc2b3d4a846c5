package app.caravan.anonymize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Test helper: a {@link DatasetFile}'s bytes. */
final class Written {
    private Written() {
    }

    static byte[] bytes(DatasetFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(out);
        return out.toByteArray();
    }

    static String text(DatasetFile file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
