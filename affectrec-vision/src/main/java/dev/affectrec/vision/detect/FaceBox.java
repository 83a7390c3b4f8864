package dev.affectrec.vision.detect;

/**
 * One detected face in image pixels.
 *
 * @param x left edge (may be negative for a face cut by the border)
 * @param y top edge
 * @param width at least 0
 * @param height at least 0
 * @param score detector probability in [0, 1]
 */
public record FaceBox(double x, double y, double width, double height, double score) {

  /** Intersection over union with {@code other}, in [0, 1]. */
  public double iou(FaceBox other) {
    double ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
    double iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
    double inter = ix * iy;
    double union = width * height + other.width * other.height - inter;
    return union <= 0 ? 0 : inter / union;
  }
}
