package dev.affectrec.vision.expression;

import dev.affectrec.api.Arguments;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.Sampling;

/**
 * How a face box becomes an expression network's 64×64 grey input in [-1, 1]: a square around the
 * box's centre, optionally turned so that the eyes are level (FER2013's faces were registered
 * upright). Immutable and thread-safe.
 *
 * @param scale side of the square as a multiple of the box's longer side, in [0.5, 3]
 * @param alignEyes whether to turn the square by the face's roll ({@link
 *     dev.affectrec.vision.detect.EyePoints#roll}) when the box has eye keypoints
 * @param minRollDegrees the smallest roll, in degrees in [0, 90], that is turned; smaller rolls
 *     (keypoint jitter on upright faces) keep the upright square
 */
public record FaceCrop(double scale, boolean alignEyes, double minRollDegrees) {

  /** Validates. */
  public FaceCrop {
    Arguments.requireInRange(scale, 0.5, 3, "scale");
    Arguments.requireInRange(minRollDegrees, 0, 90, "minRollDegrees");
  }

  /**
   * The product's crop for a box scale: upright. Turning by the eyes did not measurably help on the
   * dev photos and cost one of the 7 sample photos (docs/EVALUATION.md, "Aligning the face, and
   * more margin").
   */
  public static FaceCrop product(double scale) {
    return new FaceCrop(scale, false, 0);
  }

  /** An upright square of side {@code scale} × the box's longer side. */
  public static FaceCrop upright(double scale) {
    return new FaceCrop(scale, false, 0);
  }

  /** The roll this crop turns {@code face} by, in radians: 0 when not aligning. */
  public double roll(FaceBox face) {
    if (!alignEyes || face.eyes() == null) {
      return 0;
    }
    double roll = face.eyes().roll();
    return Math.abs(Math.toDegrees(roll)) < minRollDegrees ? 0 : roll;
  }

  /** Writes {@code face}'s {@code size} × {@code size} crop of {@code image} at {@code offset}. */
  public void sample(RgbImage image, FaceBox face, int size, float[] out, int offset) {
    double side = scale * Math.max(face.width(), face.height());
    double cx = face.x() + face.width() / 2;
    double cy = face.y() + face.height() / 2;
    double roll = roll(face);
    if (roll == 0) {
      Sampling.greyCrop(image, cx - side / 2, cy - side / 2, side, side, size, out, offset);
    } else {
      Sampling.greyCropTurned(image, cx, cy, side, roll, size, out, offset);
    }
  }
}
