package app.caravan.ui.insight;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Charts as PNG files. The node is rendered on the FX thread into plain ARGB pixels; encoding
 * and writing (javax.imageio, part of the JDK) happen in the background. This avoids the
 * javafx-swing module, whose only use here would be the same pixel copy.
 */
final class PngFiles {
    /** Pixels of a rendered node, detached from JavaFX so another thread may encode them. */
    record Pixels(int width, int height, int[] argb) {
    }

    private PngFiles() {
    }

    /** Renders {@code node} on a white background; FX thread only. */
    static Pixels render(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** Writes the pixels as PNG; the message of a failure names the file. */
    static void write(Pixels pixels, Path file) throws IOException {
        BufferedImage out = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        try {
            if (!ImageIO.write(out, "png", file.toFile())) {
                throw new IOException("no PNG writer is available to write " + file);
            }
        } catch (IOException e) {
            throw new IOException("Could not write the chart to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The chosen file, with ".png" added when the name has no extension. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }
}
