package dev.affectrec.vision.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.vision.detect.EyePoints;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.Sampling;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The crop geometry (turning by the eyes' roll, its threshold) and histogram equalisation. */
class FaceCropTest {
  private static final int SIZE = 16;

  /** A random image, fixed seed: every pixel differs, so a wrong sample point shows. */
  private static RgbImage noise(int width, int height) {
    Random random = new Random(7);
    int[] pixels = new int[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextInt(1 << 24);
    }
    return RgbImage.ofPacked(width, height, pixels);
  }

  /** The 30-pixel square about ({@code cx}, {@code cy}) turned by {@code angle}, SIZE × SIZE. */
  private static float[] turned(RgbImage image, double cx, double cy, double angle) {
    float[] out = new float[SIZE * SIZE];
    Sampling.greyCropTurned(image, cx, cy, 30, angle, SIZE, out, 0);
    return out;
  }

  @Test
  void rollIsTheAngleFromTheRightEyeToTheLeftEye() {
    assertThat(new EyePoints(10, 20, 30, 20).roll()).isCloseTo(0, within(1e-12));
    assertThat(Math.toDegrees(new EyePoints(10, 20, 30, 40).roll())).isCloseTo(45, within(1e-9));
    assertThat(Math.toDegrees(new EyePoints(10, 20, 30, 0).roll())).isCloseTo(-45, within(1e-9));
  }

  @Test
  void anUnturnedSquareSamplesWhatTheUprightCropSamples() {
    RgbImage image = noise(50, 40);
    float[] upright = new float[SIZE * SIZE];
    Sampling.greyCrop(image, 5.5, 3.25, 30, 30, SIZE, upright, 0);
    float[] turned = turned(image, 20.5, 18.25, 0);
    for (int i = 0; i < upright.length; i++) {
      assertThat(turned[i]).as("sample %d", i).isCloseTo(upright[i], within(1e-3f));
    }
  }

  @Test
  void aQuarterTurnReadsTheSquareRotated() {
    RgbImage image = noise(41, 41);
    float[] upright = turned(image, 20, 20, 0);
    float[] quarter = turned(image, 20, 20, Math.PI / 2);
    // Turning the square's x axis onto the image's y axis: output (row i, column j) samples the
    // image where the upright square has row j, column SIZE - 1 - i.
    for (int i = 0; i < SIZE; i++) {
      for (int j = 0; j < SIZE; j++) {
        assertThat(quarter[i * SIZE + j])
            .as("(%d, %d)", i, j)
            .isCloseTo(upright[j * SIZE + SIZE - 1 - i], within(1e-3f));
      }
    }
  }

  @Test
  void smallRollsBelowTheThresholdAreNotTurned() {
    FaceBox tilted = new FaceBox(0, 0, 10, 10, 0.9, new EyePoints(2, 3, 8, 3.5));
    double degrees = Math.toDegrees(tilted.eyes().roll());
    assertThat(new FaceCrop(1.3, true, 0).roll(tilted)).isEqualTo(tilted.eyes().roll());
    assertThat(new FaceCrop(1.3, true, degrees + 1).roll(tilted)).isZero();
    assertThat(new FaceCrop(1.3, false, 0).roll(tilted)).isZero();
    assertThat(new FaceCrop(1.3, true, 0).roll(new FaceBox(0, 0, 10, 10, 0.9))).isZero();
  }

  @Test
  void equalisingSpreadsALowContrastCropOverTheWholeRange() {
    float[] values = new float[100];
    for (int i = 0; i < values.length; i++) {
      values[i] = -0.2f + 0.004f * i;
    }
    Equalization.equalize(values, 0, values.length);
    assertThat(values[0]).isEqualTo(-1f);
    assertThat(values[values.length - 1]).isEqualTo(1f);
    for (int i = 1; i < values.length; i++) {
      assertThat(values[i]).isGreaterThanOrEqualTo(values[i - 1]);
    }
    float[] flat = {0.5f, 0.5f, 0.5f};
    Equalization.equalize(flat, 0, flat.length);
    assertThat(flat).containsExactly(0.5f, 0.5f, 0.5f);
  }
}
