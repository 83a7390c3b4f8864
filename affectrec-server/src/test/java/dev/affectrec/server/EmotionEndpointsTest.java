package dev.affectrec.server;

import static dev.affectrec.server.UserReadings.pointMass;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.testkit.SharedData;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VIEW =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}";

  @TempDir Path dir;

  private static HttpResponse<String> postImage(HttpFixture http, String path, byte[] image)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", "Bearer " + http.key)
            .header("Content-Type", "image/jpeg")
            .POST(HttpRequest.BodyPublishers.ofByteArray(image))
            .build());
  }

  @Test
  void userEmotionFusesStoredReadingsAndShowsEachModality() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      http.post("/v1/events", VIEW);
      Instant now = Instant.now();
      PolarityScores angry = PolarityScores.normalised(1, 0, 0);
      PolarityScores happy = PolarityScores.normalised(0, 0, 1);
      http.store.putReadings(
          List.of(
              pointMass(Modality.TEXT, now.minusSeconds(60), Emotion.ANGER, angry, "e1"),
              pointMass(Modality.FACE, now.minusSeconds(30), Emotion.JOY, happy, null)));
      JsonNode body = JSON.readTree(http.get("/v1/users/u1/emotion").body());
      assertThat(body.get("readings").asInt()).isEqualTo(2);
      JsonNode state = body.get("state");
      assertThat(state.get("contributions").findValuesAsText("modality"))
          .containsExactlyInAnyOrder("text", "face");
      assertThat(state.get("disagreement").asDouble()).isPositive();
      assertThat(state.get("conflict").get("valenceConflict").asBoolean()).isTrue();
      assertThat(body.get("trajectory")).hasSize(2);
      assertThat(http.get("/v1/users/nobody/emotion").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aConfiguredOnnxDetectorServesTheFaceEndpoint() throws Exception {
    Path happy = SharedData.require("data/face-expression-samples/happy.jpg");
    Path ultraface = SharedData.require("models/ultraface-rfb/version-RFB-320.onnx");
    ServerConfig config =
        ServerConfig.loopback(0)
            .withFaceDetector(
                new dev.affectrec.vision.detect.DetectorChoice(
                    dev.affectrec.vision.detect.DetectorKind.ULTRAFACE, ultraface));
    try (HttpFixture http = new HttpFixture(dir, config)) {
      HttpResponse<String> response =
          postImage(http, "/v1/emotion/face", Files.readAllBytes(happy));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode result = JSON.readTree(response.body());
      assertThat(result.get("faces")).hasSize(1);
      assertThat(result.get("faces").get(0).get("top").asText()).isEqualTo("joy");
      assertThat(result.get("model").asText()).containsIgnoringCase("ultraface");
    }
  }

  @Test
  void faceNeedsConsentToStoreAndReadsAHappyFace() throws Exception {
    Path happy = SharedData.require("data/face-expression-samples/happy.jpg");
    try (HttpFixture http = new HttpFixture(dir)) {
      http.post("/v1/events", VIEW);
      byte[] image = Files.readAllBytes(happy);
      HttpResponse<String> refused = postImage(http, "/v1/emotion/face?user=u1", image);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("consent");

      HttpResponse<String> anonymous = postImage(http, "/v1/emotion/face", image);
      assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
      JsonNode result = JSON.readTree(anonymous.body());
      assertThat(result.get("faces")).hasSize(1);
      assertThat(result.get("faces").get(0).get("top").asText()).isEqualTo("joy");
      assertThat(http.store.readingsOf(Subject.user("u1"), 10)).isEmpty();

      http.put("/v1/users/u1/consent", "{\"face\":true}");
      assertThat(postImage(http, "/v1/emotion/face?user=u1", image).statusCode()).isEqualTo(200);
      assertThat(http.store.readingsOf(Subject.user("u1"), 10))
          .singleElement()
          .extracting(EmotionReading::modality)
          .isEqualTo(Modality.FACE);
    }
  }

  @Test
  void aMultipartUploadIsReadFromThePartNamedImage() throws Exception {
    byte[] image = Files.readAllBytes(SharedData.require("data/face-expression-samples/happy.jpg"));
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--b1\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--b1\r\n"
                + "Content-Disposition: form-data; name=\"image\"; filename=\"happy.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    body.writeBytes(image);
    body.writeBytes("\r\n--b1--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(http.uri("/v1/emotion/face"))
                  .header("Authorization", "Bearer " + http.key)
                  .header("Content-Type", "multipart/form-data; boundary=b1")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode result = JSON.readTree(response.body());
      assertThat(result.get("faces").get(0).get("top").asText()).isEqualTo("joy");
      HttpResponse<String> noImage =
          http.post(
              "/v1/emotion/face",
              "multipart/form-data; boundary=b1",
              "--b1\r\nContent-Disposition: form-data; name=\"photo\"\r\n\r\nx\r\n--b1--");
      assertThat(noImage.statusCode()).isEqualTo(400);
      assertThat(noImage.body()).contains("no part named 'image'");
    }
  }

  @Test
  void badImagesAreClearErrors() throws Exception {
    SharedData.require("data/face-expression-samples/happy.jpg");
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> notAnImage =
          postImage(
              http, "/v1/emotion/face", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(notAnImage.statusCode()).isEqualTo(400);
      assertThat(notAnImage.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      HttpResponse<String> tooLarge = postImage(http, "/v1/emotion/face", new byte[11 << 20]);
      assertThat(tooLarge.statusCode()).isEqualTo(413);
    }
  }
}
