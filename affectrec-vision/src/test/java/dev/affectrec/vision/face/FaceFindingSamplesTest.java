package dev.affectrec.vision.face;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.model.FaceModels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real photos the detector alone misses or that arrive in other forms: each of the 7 sample photos
 * cut down to its own face box (a tight crop, as in the dev photos), the same photos as greyscale
 * JPEGs, and the product's full ensemble (with the mini-Xception from ../shared) on the originals.
 */
class FaceFindingSamplesTest {
  private static final String MINI_XCEPTION =
      "models/fer-mini-xception-keras/fer2013_mini_XCEPTION.102-0.66.hdf5";
  private static final Map<String, byte[]> PHOTOS = new TreeMap<>();
  private static FaceModels models;

  @BeforeAll
  static void load() throws IOException {
    Path samples = SharedData.require("data/face-expression-samples");
    for (String name : SampleLabels.TRUTH.keySet()) {
      PHOTOS.put(name, Files.readAllBytes(samples.resolve(name)));
    }
    models = FaceModels.load(ModelCache.faceModels());
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void aPhotoCutToItsFaceStillHasExactlyOneFace() throws IOException {
    FaceEmotionService service = FaceEmotionService.of(models, FaceEmotionOptions.DEFAULTS);
    for (Map.Entry<String, byte[]> photo : PHOTOS.entrySet()) {
      FaceBox box =
          service
              .analyze(photo.getKey(), photo.getValue(), FaceConsent.GRANTED)
              .faces()
              .get(0)
              .box();
      BufferedImage full = read(photo.getValue());
      int x = (int) Math.max(0, box.x());
      int y = (int) Math.max(0, box.y());
      int w = (int) Math.min(full.getWidth() - x, box.width());
      int h = (int) Math.min(full.getHeight() - y, box.height());
      BufferedImage crop = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      crop.createGraphics().drawImage(full.getSubimage(x, y, w, h), 0, 0, null);
      byte[] tight = encode(crop, "png");
      assertThat(service.analyze(photo.getKey(), tight, FaceConsent.GRANTED).faces())
          .as("tight crop of %s", photo.getKey())
          .hasSize(1);
    }
  }

  @Test
  void greyscaleJpegsAreReadLikeTheColourOnes() throws IOException {
    FaceEmotionService service = FaceEmotionService.of(models, FaceEmotionOptions.DEFAULTS);
    int right = 0;
    for (Map.Entry<String, byte[]> photo : PHOTOS.entrySet()) {
      BufferedImage colour = read(photo.getValue());
      BufferedImage grey =
          new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      grey.createGraphics().drawImage(colour, 0, 0, null);
      ImageFaces result =
          service.analyze(photo.getKey(), encode(grey, "jpeg"), FaceConsent.GRANTED);
      assertThat(result.faces()).as(photo.getKey()).hasSize(1);
      if (result.faces().get(0).top() == SampleLabels.TRUTH.get(photo.getKey())) {
        right++;
      }
    }
    // The colour photos get 6 or 7 right; grey JPEG re-encoding moves the box and the crop a
    // little.
    assertThat(right).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theDefaultsGetAtLeastSixOfTheSevenSamplesAloneAndInTheEnsemble() {
    assertThat(rightOfSeven(models)).isGreaterThanOrEqualTo(6);
    FaceModels ensemble = models.withMiniXception(SharedData.require(MINI_XCEPTION));
    assertThat(ensemble.id()).endsWith("+mini-xception");
    assertThat(rightOfSeven(ensemble)).isGreaterThanOrEqualTo(6);
  }

  private static int rightOfSeven(FaceModels chosen) {
    FaceEmotionService service = FaceEmotionService.of(chosen, FaceEmotionOptions.DEFAULTS);
    int right = 0;
    for (Map.Entry<String, byte[]> photo : PHOTOS.entrySet()) {
      ImageFaces result = service.analyze(photo.getKey(), photo.getValue(), FaceConsent.GRANTED);
      assertThat(result.faces()).as(photo.getKey()).hasSize(1);
      assertThat(result.model()).isEqualTo(chosen.id());
      if (result.faces().get(0).top() == SampleLabels.TRUTH.get(photo.getKey())) {
        right++;
      }
    }
    return right;
  }
}
