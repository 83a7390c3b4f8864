package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.model.MiniXceptionModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionFaceCommandTest {
  @TempDir Path dir;

  private static CliRun face(Path models, String... args) {
    return CliRun.of(List.of("emotion", "face", "--models", models.toString()), args);
  }

  @Test
  void printsOneJsonLinePerImageAndExitsTwoForAnUnreadableOne() throws IOException {
    Path models = ModelCache.faceModels();
    Path samples = SharedData.require("data/face-expression-samples");
    Path text = Files.writeString(dir.resolve("notes.jpg"), "not a picture");
    CliRun run =
        face(
            models,
            "--json",
            samples.resolve("happy.jpg").toString(),
            text.toString(),
            samples.resolve("surprised.jpg").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode happy = new ObjectMapper().readTree(lines[0]);
    assertThat(happy.path("image").asText()).endsWith("happy.jpg");
    assertThat(happy.path("faces")).hasSize(1);
    assertThat(happy.path("faces").get(0).path("top").asText()).isEqualTo("joy");
    assertThat(happy.path("faces").get(0).path("box")).hasSize(4);
    assertThat(happy.path("model").asText()).contains("blazeface");
    // Run from affectrec-cli/, where ../shared holds no mini-Xception: one notice line first.
    assertThat(run.err().strip().split("\n"))
        .containsExactly(
            "emotion face: " + MiniXceptionModel.absentNotice(models),
            "emotion face: " + text + ": not a JPEG, PNG or WebP image");

    CliRun plain = face(models, samples.resolve("sad.jpg").toString());
    assertThat(plain.exitCode()).isZero();
    assertThat(plain.out()).contains("sad.jpg: 1 face").contains("sadness");
  }

  @Test
  void theEnsembleRunsWithTheMiniXceptionFileAndNoNoticeIsPrinted() {
    Path models = ModelCache.faceModels();
    Path xception =
        SharedData.require("models/fer-mini-xception-keras/" + MiniXceptionModel.FILE_NAME);
    Path samples = SharedData.require("data/face-expression-samples");
    CliRun run =
        face(
            models,
            "--json",
            "--expression-model",
            xception.toString(),
            samples.resolve("happy.jpg").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("+mini-xception").contains("\"top\":\"joy\"");
  }

  @Test
  void missingFileAndMissingModelsAreReported() {
    Path models = ModelCache.faceModels();
    CliRun missing = face(models, dir.resolve("x.png").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("x.png: cannot read file").doesNotContain("\tat ");
    CliRun noModels = face(dir, "a.jpg");
    assertThat(noModels.exitCode()).isEqualTo(1);
    assertThat(noModels.err()).contains("is missing");
    assertThat(CliRun.of("emotion").exitCode()).isEqualTo(2);
  }

  @Test
  void onnxDetectorIsChosenOnTheCommandLineAndBadModelFilesAreReported() throws IOException {
    Path models = ModelCache.faceModels();
    Path samples = SharedData.require("data/face-expression-samples");
    Path yunet = SharedData.require("models/yunet/yunet_n_320_320.onnx");
    CliRun run =
        face(
            models,
            "--json",
            "--detector",
            "yunet",
            "--detector-model",
            yunet.toString(),
            samples.resolve("happy.jpg").toString());
    assertThat(run.exitCode()).isZero();
    JsonNode happy = new ObjectMapper().readTree(run.out().strip());
    assertThat(happy.path("faces")).hasSize(1);
    assertThat(happy.path("faces").get(0).path("top").asText()).isEqualTo("joy");
    assertThat(happy.path("model").asText()).startsWith("yunet/yunet_n_320_320.onnx@sha256:");

    Path missing = dir.resolve("missing.onnx");
    CliRun noFile =
        face(models, "--detector", "ultraface", "--detector-model", missing.toString(), "a.jpg");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("model file not found: " + missing).doesNotContain("\tat ");
    Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");
    CliRun corrupt =
        face(models, "--detector", "ultraface", "--detector-model", junk.toString(), "a.jpg");
    assertThat(corrupt.exitCode()).isEqualTo(2);
    assertThat(corrupt.err()).contains(junk + " is not a readable ONNX model");
    CliRun unknown = face(models, "--detector", "mtcnn", "a.jpg");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown value 'mtcnn'");
  }
}
