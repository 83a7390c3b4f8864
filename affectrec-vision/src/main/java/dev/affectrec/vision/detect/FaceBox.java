package dev.affectrec.vision.detect;

/**
 * One detected face in image pixels.
 *
 * @param x left edge (may be negative for a face cut by the border)
 * @param y top edge
 * @param width at least 0
 * @param height at least 0
 * @param score detector probability in [0, 1]
 * @param eyes the eye keypoints when the detector gives them (BlazeFace does), else null
 */
public record FaceBox(
    double x, double y, double width, double height, double score, EyePoints eyes) {

  /** A box without eye keypoints. */
  public FaceBox(double x, double y, double width, double height, double score) {
    this(x, y, width, height, score, null);
  }

  /** Intersection over union with {@code other}, in [0, 1]. */
  public double iou(FaceBox other) {
    double ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
    double iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
    double inter = ix * iy;
    double union = width * height + other.width * other.height - inter;
    return union <= 0 ? 0 : inter / union;
  }

  /** The same box and eyes moved by ({@code dx}, {@code dy}). */
  public FaceBox translated(double dx, double dy) {
    return new FaceBox(
        x + dx, y + dy, width, height, score, eyes == null ? null : eyes.translated(dx, dy));
  }
}
