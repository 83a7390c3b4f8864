package dev.affectrec.vision.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.image.ImageDecodeException;
import dev.affectrec.vision.model.FaceModels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FaceEmotionServiceTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static byte[] grey(int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private static FaceEmotionService service() {
    return FaceEmotionService.of(
        FaceModels.load(ModelCache.faceModels()), FaceEmotionOptions.DEFAULTS);
  }

  @Test
  void refusesWithoutConsentBeforeReadingTheImage() {
    FaceEmotionService service = service();
    assertThatThrownBy(() -> service.analyze("x.png", new byte[] {1, 2}, FaceConsent.DENIED))
        .isInstanceOf(ConsentRequiredException.class)
        .hasMessageContaining("requires consent");
    assertThatThrownBy(() -> service.analyze("x.png", new byte[] {1, 2}, null))
        .isInstanceOf(ConsentRequiredException.class);
    assertThatThrownBy(
            () ->
                service.recognizer(FaceConsent.DENIED).recognize(new byte[1], Subject.user("u"), T))
        .isInstanceOf(ConsentRequiredException.class);
  }

  @Test
  void blankImageHasNoFaceAndGivesAZeroConfidenceReading() throws IOException {
    FaceEmotionService service = service();
    ImageFaces result = service.analyze("blank.png", grey(320, 240), FaceConsent.GRANTED);
    assertThat(result.faces()).isEmpty();
    assertThat(result.toJson())
        .isEqualTo("{\"image\":\"blank.png\",\"faces\":[],\"model\":\"" + result.model() + "\"}");
    EmotionReading reading =
        service.recognizer(FaceConsent.GRANTED).recognize(grey(64, 64), Subject.user("u"), T);
    assertThat(reading.modality()).isEqualTo(Modality.FACE);
    assertThat(reading.confidence()).isZero();
    assertThatThrownBy(() -> service.analyze("bad", "text".getBytes(), FaceConsent.GRANTED))
        .isInstanceOf(ImageDecodeException.class);
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    EmotionDistribution d = EmotionDistribution.of(0.1, 0, 0, 0.7, 0, 0.1, 0.1);
    FaceReading face = FaceReading.of(new FaceBox(10.04, 20, 30.55, 31, 0.9), d);
    String json = new ImageFaces("a.jpg", List.of(face), "m").toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(json).doesNotContain("\n");
    assertThat(root.path("image").asText()).isEqualTo("a.jpg");
    JsonNode f = root.path("faces").get(0);
    assertThat(f.path("box").toString()).isEqualTo("[10.0,20.0,30.6,31.0]");
    assertThat(f.path("score").asDouble()).isEqualTo(0.9);
    assertThat(f.path("emotions").path("joy").asDouble()).isEqualTo(0.7);
    assertThat(f.path("emotions").size()).isEqualTo(7);
    assertThat(f.path("top").asText()).isEqualTo("joy");
    assertThat(root.path("model").asText()).isEqualTo("m");
    assertThat(face.confidence())
        .isCloseTo(0.9 * (1 - d.normalisedEntropy()), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void readingsCarryTheFaceDistributionAndPolarity() {
    EmotionDistribution d = EmotionDistribution.of(0.5, 0, 0, 0.25, 0, 0, 0.25);
    FaceReading face = FaceReading.of(new FaceBox(0, 0, 10, 10, 1), d);
    List<EmotionReading> readings =
        FaceEmotionService.readings(
            new ImageFaces("x", List.of(face), "model-id"), Subject.user("u1"), T);
    assertThat(readings).hasSize(1);
    EmotionReading r = readings.get(0);
    assertThat(r.top()).isEqualTo(Emotion.ANGER);
    assertThat(r.polarity().negative()).isEqualTo(0.5);
    assertThat(r.polarity().positive()).isEqualTo(0.25);
    assertThat(r.intensity()).isEqualTo(0.75);
    assertThat(r.model()).isEqualTo("model-id");
    assertThat(r.confidence()).isEqualTo(face.confidence());
  }

  @Test
  void optionsRejectBadValues() {
    assertThatThrownBy(
            () ->
                new FaceEmotionOptions(
                    FaceEmotionOptions.DEFAULTS.detector(),
                    FaceEmotionOptions.DEFAULTS.limits(),
                    9))
        .hasMessageContaining("cropScale");
    assertThatThrownBy(() -> new dev.affectrec.vision.detect.DetectorOptions(0.5, 0.3, 0))
        .hasMessageContaining("maxFaces");
  }
}
