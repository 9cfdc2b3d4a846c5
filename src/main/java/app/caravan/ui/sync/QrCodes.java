package app.caravan.ui.sync;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * QR codes drawn with ZXing (ADR 0012). Always dark on white whatever the theme, because
 * phone scanners need that contrast, and with the quiet zone the standard asks for.
 */
final class QrCodes {
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** {@code text} as a QR code with every module {@code scale} pixels wide. */
    static WritableImage image(String text, int scale) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("A QR code cannot hold a text of " + text.length() + " characters", e);
        }
        WritableImage image = new WritableImage(matrix.getWidth() * scale, matrix.getHeight() * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                Color color = matrix.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels.setColor(x * scale + dx, y * scale + dy, color);
                    }
                }
            }
        }
        return image;
    }
}
