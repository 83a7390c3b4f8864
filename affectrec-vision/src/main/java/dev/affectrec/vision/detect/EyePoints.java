package dev.affectrec.vision.detect;

/**
 * The centres of a face's two eyes in image pixels, as a detector's keypoints give them. "Right"
 * and "left" are the subject's: in an upright, frontal photo the right eye is on the image's left.
 *
 * @param rightX the subject's right eye, x
 * @param rightY the subject's right eye, y
 * @param leftX the subject's left eye, x
 * @param leftY the subject's left eye, y
 */
public record EyePoints(double rightX, double rightY, double leftX, double leftY) {

  /**
   * The face's roll in radians: the angle of the line from the right eye to the left eye against
   * the image's x axis, positive when the left eye (on the image's right) is lower. 0 for level
   * eyes; rotating the image by minus this angle levels them.
   */
  public double roll() {
    return Math.atan2(leftY - rightY, leftX - rightX);
  }

  /** The same points moved by ({@code dx}, {@code dy}). */
  public EyePoints translated(double dx, double dy) {
    return new EyePoints(rightX + dx, rightY + dy, leftX + dx, leftY + dy);
  }
}
