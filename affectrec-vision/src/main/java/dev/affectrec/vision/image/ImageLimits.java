package dev.affectrec.vision.image;

import dev.affectrec.api.Arguments;

/**
 * What {@link SafeImageDecoder} accepts, checked from the header before any pixel is decoded.
 *
 * @param maxBytes largest encoded size accepted, at least 1
 * @param maxPixels largest width × height accepted, at least 1 (default 40 megapixels)
 * @param maxPixelsPerByte largest ratio of pixels to encoded bytes for images above {@code
 *     ratioExemptPixels}: larger ratios are decompression bombs (a 36-megapixel black PNG is about
 *     35 KB, 1000 pixels per byte; real photos stay below about 50)
 * @param ratioExemptPixels images up to this many pixels skip the ratio check
 * @param maxWorkingSide images whose longer side exceeds this are subsampled while decoding, which
 *     bounds memory to about 3 × maxWorkingSide² bytes
 */
public record ImageLimits(
    long maxBytes,
    long maxPixels,
    double maxPixelsPerByte,
    long ratioExemptPixels,
    int maxWorkingSide) {

  /** 40 megapixels, as documented for the face endpoint. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  /**
   * 32 MiB encoded, 40 megapixels, 400 pixels per byte above 4 megapixels, 2048-pixel working side.
   */
  public static final ImageLimits DEFAULTS =
      new ImageLimits(32L << 20, DEFAULT_MAX_PIXELS, 400, 4_000_000L, 2048);

  /** Validates. */
  public ImageLimits {
    if (maxBytes < 1 || maxPixels < 1 || ratioExemptPixels < 0) {
      throw new IllegalArgumentException(
          "image limits must be positive: maxBytes=" + maxBytes + ", maxPixels=" + maxPixels);
    }
    Arguments.requireInRange(maxPixelsPerByte, 1, Double.MAX_VALUE, "maxPixelsPerByte");
    Arguments.requireAtLeast(maxWorkingSide, 64, "maxWorkingSide");
  }
}
