package dev.affectrec.vision.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceSearch;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.expression.FaceCrop;
import dev.affectrec.vision.model.FaceModels;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alignment by the eyes on real photos: each of the 7 sample photos turned by {@value #DEGREES}
 * degrees about its face reads (nearly) as the upright photo does when the crop is turned back by
 * the detector's eye keypoints, and further from it when it is not.
 */
class FaceAlignmentSamplesTest {
  private static final double DEGREES = 25;
  private static FaceModels models;
  private static Path samples;

  @BeforeAll
  static void load() {
    samples = SharedData.require("data/face-expression-samples");
    models = FaceModels.loadWithout(ModelCache.faceModels());
  }

  private static FaceEmotionService service(boolean align) {
    FaceEmotionOptions options = FaceEmotionOptions.DEFAULTS;
    return new FaceEmotionService(
        FaceDetectors.create(
            DetectorChoice.BLAZEFACE, options.detector(), models, FaceSearch.DEFAULTS),
        new ExpressionClassifier(
            List.of(ExpressionClassifier.humanEmotion(models.expression(), 1)),
            new FaceCrop(options.cropScale(), align, 0)),
        options);
  }

  /**
   * {@code photo} turned by {@code degrees} (clockwise on screen) about ({@code cx}, {@code cy}).
   */
  private static byte[] turned(BufferedImage photo, double degrees, double cx, double cy)
      throws IOException {
    BufferedImage out =
        new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), cx, cy);
    g.drawImage(photo, 0, 0, null);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(ImageIO.write(out, "png", bytes)).isTrue();
    return bytes.toByteArray();
  }

  /** Total variation distance between two distributions, in [0, 1]. */
  private static double distance(EmotionDistribution a, EmotionDistribution b) {
    double sum = 0;
    for (Emotion e : Emotion.values()) {
      sum += Math.abs(a.probability(e) - b.probability(e));
    }
    return sum / 2;
  }

  @Test
  void aTurnedFaceReadsLikeTheUprightOneWhenAligned() throws IOException {
    FaceEmotionService aligned = service(true);
    FaceEmotionService upright = service(false);
    double alignedDistance = 0;
    double uprightDistance = 0;
    int sameTop = 0;
    for (String name : SampleLabels.TRUTH.keySet()) {
      byte[] bytes = Files.readAllBytes(samples.resolve(name));
      FaceReading reference = aligned.analyze(name, bytes, FaceConsent.GRANTED).faces().get(0);
      FaceBox box = reference.box();
      BufferedImage photo = ImageIO.read(new ByteArrayInputStream(bytes));
      byte[] rotated =
          turned(photo, DEGREES, box.x() + box.width() / 2, box.y() + box.height() / 2);
      ImageFaces turnedAligned = aligned.analyze(name, rotated, FaceConsent.GRANTED);
      assertThat(turnedAligned.faces()).as(name).hasSize(1);
      FaceReading face = turnedAligned.faces().get(0);
      assertThat(Math.toDegrees(face.box().eyes().roll() - box.eyes().roll()))
          .as("%s: roll of the turned face against the upright one", name)
          .isCloseTo(DEGREES, within(5.0));
      alignedDistance += distance(face.emotions(), reference.emotions());
      sameTop += face.top() == reference.top() ? 1 : 0;
      uprightDistance +=
          distance(
              upright.analyze(name, rotated, FaceConsent.GRANTED).faces().get(0).emotions(),
              reference.emotions());
    }
    int n = SampleLabels.TRUTH.size();
    assertThat(alignedDistance / n).as("mean distance, aligned").isLessThan(0.15);
    assertThat(alignedDistance).as("aligned vs not").isLessThan(uprightDistance);
    assertThat(sameTop).as("same top emotion as upright").isGreaterThanOrEqualTo(6);
  }
}
