package dev.affectrec.vision.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;

/**
 * Copies 8-bit sRGB interleaved rasters (the BGR images ImageIO's JPEG reader returns, or RGB)
 * straight from their byte buffer instead of converting every pixel through the colour model as
 * {@link BufferedImage#getRGB} does (the same values, several times slower). Other layouts (grey,
 * whose {@code getRGB} applies a gamma conversion, palettes, 16-bit, alpha) return null and the
 * caller takes the general path. Stateless.
 */
final class InterleavedBytes {
  private InterleavedBytes() {}

  private static boolean isPlainSrgb(ColorModel colour, SampleModel samples) {
    return colour instanceof ComponentColorModel
        && colour.getColorSpace().isCS_sRGB()
        && !colour.hasAlpha()
        && samples.getNumBands() == 3
        && samples.getDataType() == DataBuffer.TYPE_BYTE;
  }

  /** The image as RGB bytes, or null when its raster is not a plain 8-bit sRGB interleaved one. */
  static RgbImage toRgb(BufferedImage image) {
    if (!isPlainSrgb(image.getColorModel(), image.getSampleModel())) {
      return null;
    }
    Raster raster = image.getRaster();
    if (!(raster.getSampleModel() instanceof PixelInterleavedSampleModel model)
        || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
        || buffer.getNumBanks() != 1
        || raster.getSampleModelTranslateX() != 0
        || raster.getSampleModelTranslateY() != 0) {
      return null;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] bands = model.getBandOffsets();
    if (bands.length != 3) {
      return null;
    }
    int pixelStride = model.getPixelStride();
    int scanline = model.getScanlineStride();
    byte[] src = buffer.getData();
    int base = buffer.getOffset();
    int r = bands[0];
    int g = bands[1];
    int b = bands[2];
    byte[] rgb = new byte[w * h * 3];
    int o = 0;
    for (int y = 0; y < h; y++) {
      int p = base + y * scanline;
      for (int x = 0; x < w; x++, p += pixelStride) {
        rgb[o++] = src[p + r];
        rgb[o++] = src[p + g];
        rgb[o++] = src[p + b];
      }
    }
    return new RgbImage(w, h, rgb);
  }
}
