package dev.affectrec.vision.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the 7 face-expression samples in ../shared, and agreement with the TF.js pipeline of
 * tools/face-reference (which decodes JPEG with jpeg-js, not ImageIO, hence the tolerances).
 */
class FaceEmotionSamplesTest {

  @Test
  void oneFacePerPhotoAtLeastFiveOfSevenRightAndCloseToTfjs() throws IOException {
    Path samples = SharedData.require("data/face-expression-samples");
    FaceEmotionService service =
        FaceEmotionService.of(
            FaceModels.load(ModelCache.faceModels()),
            // The TF.js reference vectors were made with the tight box (crop scale 1.0).
            new FaceEmotionOptions(
                dev.affectrec.vision.detect.DetectorOptions.DEFAULTS,
                dev.affectrec.vision.image.ImageLimits.DEFAULTS,
                1.0));
    JsonNode reference;
    try (InputStream in =
        getClass().getResourceAsStream("/dev/affectrec/vision/reference/photo-vectors.json")) {
      reference = new ObjectMapper().readTree(in);
    }
    int right = 0;
    for (JsonNode photo : reference.path("photos")) {
      String name = photo.path("image").asText();
      ImageFaces result =
          service.analyze(name, Files.readAllBytes(samples.resolve(name)), FaceConsent.GRANTED);
      assertThat(result.faces()).as(name).hasSize(1);
      FaceReading face = result.faces().get(0);
      FaceBox box = face.box();
      JsonNode expectedBox = photo.path("box");
      double tolerance = 0.03 * expectedBox.get(2).asDouble();
      assertThat(box.x()).as(name).isCloseTo(expectedBox.get(0).asDouble(), within(tolerance));
      assertThat(box.y()).as(name).isCloseTo(expectedBox.get(1).asDouble(), within(tolerance));
      assertThat(box.width()).as(name).isCloseTo(expectedBox.get(2).asDouble(), within(tolerance));
      assertThat(box.score()).as(name).isCloseTo(photo.path("score").asDouble(), within(0.03));
      for (Emotion e : Emotion.values()) {
        assertThat(face.emotions().probability(e))
            .as("%s %s", name, e)
            .isCloseTo(photo.path("emotions").path(e.wireName()).asDouble(), within(0.2));
      }
      if (face.top() == SampleLabels.TRUTH.get(name)) {
        right++;
      }
    }
    assertThat(reference.path("photos").size()).isEqualTo(7);
    assertThat(right).isGreaterThanOrEqualTo(5);
  }
}
