package dev.affectrec.hybrid.profile;

/**
 * Closeness of two points of the valence-arousal plane. Stateless and thread-safe.
 *
 * <p>{@code fit = 1 - distance / sqrt(5)}, where {@code sqrt(5)} is the largest distance between
 * valence in [-1, 1] and arousal in [0, 1]; so fit is in [0, 1] and 1 means the same point.
 */
public final class MoodFit {
  private static final double MAX_DISTANCE = Math.sqrt(5);

  private MoodFit() {}

  /** The fit of (valence a, arousal a) to (valence b, arousal b), in [0, 1]. */
  public static double fit(double valenceA, double arousalA, double valenceB, double arousalB) {
    double dv = valenceA - valenceB;
    double da = arousalA - arousalB;
    return 1 - Math.min(1, Math.sqrt(dv * dv + da * da) / MAX_DISTANCE);
  }
}
