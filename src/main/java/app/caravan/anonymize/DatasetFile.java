package app.caravan.anonymize;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file of an export, produced on demand so {@link ExportFolder} decides where the bytes go
 * (a temp folder, or straight into a sealed zip without touching the disk).
 */
public interface DatasetFile {
    /** Plain file name, e.g. {@code interviews.csv}; no folders. */
    String name();

    /** Writes the whole content to {@code out}; does not close it. */
    void write(OutputStream out) throws IOException;

    static DatasetFile of(String name, Body body) {
        return new DatasetFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                body.write(out);
            }
        };
    }

    /** The content half of a {@link DatasetFile}. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }
}
