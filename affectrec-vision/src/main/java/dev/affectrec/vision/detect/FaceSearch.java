package dev.affectrec.vision.detect;

import dev.affectrec.api.Arguments;

/**
 * How hard {@link FaceFinder} looks for a face the detector missed at first.
 *
 * @param padFraction margin added on every side for the second look, as a fraction of the image's
 *     longer side, in [0, 2]; 0 turns the second look off
 * @param likenessMinScore smallest detector score, in (0, 1), of a weak detection near the image's
 *     centre that makes the whole image count as a face when no detection passes the detector's
 *     threshold; values at or above that threshold turn the whole-image fallback off
 * @param containment share of the smaller box's area, in (0, 1], inside another box above which the
 *     two are one face and the weaker is dropped
 */
public record FaceSearch(double padFraction, double likenessMinScore, double containment) {

  /**
   * Defaults chosen on the dev photos (docs/EVALUATION.md, "Finding the face"): a 50% margin,
   * whole-image fallback from detector score 0.1, boxes sharing 30% of the smaller one merged.
   */
  public static final FaceSearch DEFAULTS = new FaceSearch(0.5, 0.1, 0.3);

  /** Only the detector's own result, as before this search existed. */
  public static final FaceSearch OFF = new FaceSearch(0, 1 - 1e-6, 1);

  /** Validates. */
  public FaceSearch {
    Arguments.requireInRange(padFraction, 0, 2, "padFraction");
    Arguments.requireInRange(likenessMinScore, 1e-6, 1 - 1e-6, "likenessMinScore");
    Arguments.requireInRange(containment, 1e-6, 1, "containment");
  }
}
