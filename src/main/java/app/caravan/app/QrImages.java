package app.caravan.app;

import app.caravan.domain.Problem;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.InvertedLuminanceSource;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads the text of a QR code in a PNG or JPEG file (a photo or screenshot of another device's key). */
final class QrImages {
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Checked before decoding, so that a small file cannot claim a huge image and exhaust memory. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrImages() {
    }

    /** The QR code's text, or empty when the image holds none. */
    static Optional<String> decode(Path image) throws InvalidInputException {
        BufferedImage picture = read(image);
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        onWhite(pixels);
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        // A screenshot taken in a dark theme shows the code light on dark; ZXing only finds dark on light.
        for (LuminanceSource candidate : new LuminanceSource[] {source, new InvertedLuminanceSource(source)}) {
            try {
                return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(candidate)), HINTS)
                        .getText());
            } catch (NotFoundException e) {
                // try the next
            } catch (ChecksumException | FormatException e) {
                throw new InvalidInputException(Problem.of("qr.unreadable", image), e);
            }
        }
        return Optional.empty();
    }

    private static BufferedImage read(Path image) throws InvalidInputException {
        try {
            if (Files.size(image) > MAX_BYTES) {
                throw new InvalidInputException(Problem.of("qr.tooLarge", image, MAX_BYTES / (1024 * 1024)));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw notAnImage(image, null);
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                    if (pixels > MAX_PIXELS) {
                        throw new InvalidInputException(Problem.of("qr.tooManyPixels", image, reader.getWidth(0),
                                reader.getHeight(0), MAX_PIXELS / 1_000_000));
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.of("file.notFound", image), e);
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged files with IOException or, from some decoders, runtime exceptions.
            throw notAnImage(image, e);
        }
    }

    private static InvalidInputException notAnImage(Path image, Exception cause) {
        return cause == null || cause.getMessage() == null
                ? new InvalidInputException(Problem.of("qr.notAnImage", image), cause)
                : new InvalidInputException(Problem.of("qr.notAnImageWhy", image, cause.getMessage()), cause);
    }

    /** Transparent pixels count as white: ZXing ignores alpha, and a transparent background would read as black. */
    private static void onWhite(int[] pixels) {
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int alpha = p >>> 24;
            if (alpha == 255) {
                continue;
            }
            int r = blend((p >> 16) & 0xff, alpha);
            int g = blend((p >> 8) & 0xff, alpha);
            int b = blend(p & 0xff, alpha);
            pixels[i] = 0xff000000 | r << 16 | g << 8 | b;
        }
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}
