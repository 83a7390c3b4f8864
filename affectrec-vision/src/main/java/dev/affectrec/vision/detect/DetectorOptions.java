package dev.affectrec.vision.detect;

import dev.affectrec.api.Arguments;

/**
 * Detection thresholds.
 *
 * @param minScore smallest face probability kept, in (0, 1); default 0.5
 * @param iouThreshold overlap above which the weaker of two boxes is dropped, in (0, 1]; default
 *     0.3
 * @param maxFaces most faces returned per image, at least 1; default 20
 */
public record DetectorOptions(double minScore, double iouThreshold, int maxFaces) {

  /** The defaults. */
  public static final DetectorOptions DEFAULTS = new DetectorOptions(0.5, 0.3, 20);

  /** Validates. */
  public DetectorOptions {
    Arguments.requireInRange(minScore, 1e-6, 1 - 1e-6, "minScore");
    Arguments.requireInRange(iouThreshold, 1e-6, 1, "iouThreshold");
    Arguments.requireAtLeast(maxFaces, 1, "maxFaces");
  }
}
