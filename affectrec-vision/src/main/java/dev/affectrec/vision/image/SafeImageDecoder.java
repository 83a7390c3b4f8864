package dev.affectrec.vision.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG (colour, greyscale and CMYK/YCCK, through the TwelveMonkeys ImageIO plugin), PNG and
 * WebP (TwelveMonkeys) bytes in memory under {@link ImageLimits}: the header's width and height are
 * checked before any pixel is decoded, large images are subsampled while decoding, decoder warnings
 * (truncated data) are errors, and EXIF orientation is applied. Nothing is written to disk
 * (ImageIO's file cache is not used) or logged. Thread-safe.
 */
public final class SafeImageDecoder {
  private final ImageLimits limits;

  /** Decodes under {@code limits}. */
  public SafeImageDecoder(ImageLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Decodes {@code bytes}.
   *
   * @throws ImageDecodeException with a one-line reason: empty, too large, not JPEG, PNG or WebP,
   *     corrupt header, zero size, too many pixels, decompression bomb, truncated or corrupt data
   */
  public RgbImage decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new ImageDecodeException("image is empty");
    }
    if (bytes.length > limits.maxBytes()) {
      throw new ImageDecodeException(
          "image is " + bytes.length + " bytes; the limit is " + limits.maxBytes());
    }
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = readerFor(in);
      try {
        reader.setInput(in, true, true);
        int width = headerDimension(reader, true);
        int height = headerDimension(reader, false);
        checkHeader(width, height, bytes.length);
        BufferedImage image = readPixels(reader, width, height);
        RgbImage rgb = toRgb(image);
        boolean jpeg = reader.getFormatName().toLowerCase(Locale.ROOT).contains("jp");
        return jpeg ? rgb.oriented(ExifOrientation.of(bytes)) : rgb;
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new ImageDecodeException("cannot read image: " + oneLine(e), e);
    }
  }

  /** The formats decoded, as ImageIO names them in lower case. */
  private static final java.util.Set<String> FORMATS =
      java.util.Set.of("png", "jpeg", "jpg", "webp");

  /** The message for every other format, naming the ones accepted. */
  public static final String UNSUPPORTED_FORMAT = "not a JPEG, PNG or WebP image";

  private static ImageReader readerFor(ImageInputStream in) {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      try {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (FORMATS.contains(format)) {
          return reader;
        }
      } catch (IOException e) {
        // try the next reader
      }
      reader.dispose();
    }
    throw new ImageDecodeException(UNSUPPORTED_FORMAT);
  }

  private static int headerDimension(ImageReader reader, boolean width) {
    try {
      return width ? reader.getWidth(0) : reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw new ImageDecodeException("corrupt image header: " + oneLine(e), e);
    }
  }

  private void checkHeader(int width, int height, int encodedBytes) {
    if (width <= 0 || height <= 0) {
      throw new ImageDecodeException("image has no pixels: " + width + "x" + height);
    }
    long pixels = (long) width * height;
    if (pixels > limits.maxPixels()) {
      throw new ImageDecodeException(
          "image is "
              + width
              + "x"
              + height
              + " ("
              + pixels
              + " pixels); the limit is "
              + limits.maxPixels()
              + " pixels");
    }
    double ratio = (double) pixels / encodedBytes;
    if (pixels > limits.ratioExemptPixels() && ratio > limits.maxPixelsPerByte()) {
      throw new ImageDecodeException(
          String.format(
              Locale.ROOT,
              "image looks like a decompression bomb: %dx%d pixels from %d bytes (%.0f pixels per"
                  + " byte; the limit is %.0f)",
              width,
              height,
              encodedBytes,
              ratio,
              limits.maxPixelsPerByte()));
    }
  }

  private BufferedImage readPixels(ImageReader reader, int width, int height) {
    ImageReadParam param = reader.getDefaultReadParam();
    int step = (Math.max(width, height) + limits.maxWorkingSide() - 1) / limits.maxWorkingSide();
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    List<String> warnings = new ArrayList<>();
    // A CMYK JPEG without an ICC profile is converted with a generic profile: a warning about
    // colour accuracy, not about the data.
    reader.addIIOReadWarningListener(
        (source, warning) -> {
          if (!warning.contains("ICC")) {
            warnings.add(warning);
          }
        });
    BufferedImage image;
    try {
      image = reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      throw new ImageDecodeException("truncated or corrupt image data: " + oneLine(e), e);
    }
    if (!warnings.isEmpty()) {
      throw new ImageDecodeException("truncated or corrupt image data: " + warnings.get(0));
    }
    return image;
  }

  private static RgbImage toRgb(BufferedImage image) {
    RgbImage direct = InterleavedBytes.toRgb(image);
    if (direct != null) {
      return direct;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] row = new int[w];
    byte[] rgb = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int o = (y * w + x) * 3;
        rgb[o] = (byte) (row[x] >> 16);
        rgb[o + 1] = (byte) (row[x] >> 8);
        rgb[o + 2] = (byte) row[x];
      }
    }
    return new RgbImage(w, h, rgb);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
