package app.caravan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/** Test images of QR codes, written with ZXing and ImageIO as a screenshot or photo would arrive. */
public final class QrPngs {
    private QrPngs() {
    }

    /** {@code text} as a QR code, {@code scale} pixels a module, dark on light or (inverted) light on dark. */
    public static Path write(Path file, String format, String text, int scale, boolean inverted) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = matrix.get(x / scale, y / scale) != inverted;
                image.setRGB(x, y, dark ? 0x202020 : 0xF4F4F4);
            }
        }
        return save(image, format, file);
    }

    /** A light image without any code. */
    public static Path blank(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        return save(image, "png", file);
    }

    private static Path save(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }
}
