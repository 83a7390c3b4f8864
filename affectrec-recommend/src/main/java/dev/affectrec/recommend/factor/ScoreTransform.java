package dev.affectrec.recommend.factor;

/**
 * How a factor model turns a user-item dot product into a score: {@code score(i) = clamp(shift +
 * offset_i + x . y_i, min, max)}, where {@code shift} was computed in float from terms whose
 * magnitudes sum to at most {@code shiftMagnitude} (the error bound of {@link ExactTopK} needs it).
 *
 * @param shift a per-user constant (0 for none), finite
 * @param shiftMagnitude at least {@code |shift|}, finite
 * @param min the lower clamp ({@code -Infinity} for none)
 * @param max the upper clamp ({@code +Infinity} for none), at least {@code min}
 */
public record ScoreTransform(float shift, double shiftMagnitude, float min, float max) {
  /** A plain dot product plus item offset, no clamping. */
  public static final ScoreTransform NONE =
      new ScoreTransform(0, 0, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);

  /** Validates the fields. */
  public ScoreTransform {
    if (!Float.isFinite(shift) || !(shiftMagnitude >= Math.abs(shift))) {
      throw new IllegalArgumentException(
          "shift " + shift + " must be finite and at most shiftMagnitude " + shiftMagnitude);
    }
    if (Float.isNaN(min) || Float.isNaN(max) || min > max) {
      throw new IllegalArgumentException("clamp range [" + min + ", " + max + "] is invalid");
    }
  }

  /** {@code clamp(value, min, max)}. */
  float clamp(float value) {
    return Math.max(min, Math.min(max, value));
  }
}
