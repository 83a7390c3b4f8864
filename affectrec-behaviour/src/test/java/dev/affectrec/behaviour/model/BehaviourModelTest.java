package dev.affectrec.behaviour.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourModelTest {
  private static final TrainerConfig SMALL = new TrainerConfig(9, 3, 0.9, 7L, false);

  private static BehaviourModel trained() {
    return new BehaviourTrainer(SMALL)
        .train(
            TrainingFixtures.synthetic(90, 1), "synthetic", Map.of("synthetic", "n/a"), Map.of());
  }

  @Test
  void learnsASimpleRuleAndSavesAndLoadsWithProvenance(@TempDir Path dir) throws IOException {
    BehaviourModel model = trained().withMetrics(Map.of("dev.accuracy", 1.0));
    List<LabelledSession> probe = TrainingFixtures.synthetic(9, 2);
    for (LabelledSession example : probe) {
      assertThat(model.predict(example.features()).label()).isEqualTo(example.label());
    }
    Path file = dir.resolve("m.model");
    model.save(file);
    BehaviourModel loaded = BehaviourModel.load(file);
    assertThat(loaded.provenance()).isEqualTo(model.provenance());
    assertThat(loaded.provenance().parameters()).containsEntry("trees", "9");
    assertThat(loaded.provenance().metrics()).containsEntry("dev.accuracy", 1.0);
    assertThat(loaded.featureNames()).isEqualTo(SessionFeatures.modelFeatureNames());
    for (LabelledSession example : probe) {
      PolarityScores before = model.predict(example.features());
      assertThat(loaded.predict(example.features())).isEqualTo(before);
    }
  }

  @Test
  void garbageAndTruncatedFilesAreRejectedClearly(@TempDir Path dir) throws IOException {
    Path garbage = dir.resolve("garbage");
    Files.writeString(garbage, "hello, not a model");
    assertThatThrownBy(() -> BehaviourModel.load(garbage))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a behaviour model");
    Path good = dir.resolve("good");
    trained().save(good);
    byte[] bytes = Files.readAllBytes(good);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 10);
    assertThatThrownBy(() -> BehaviourModel.load(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(
            () ->
                BehaviourModel.load(new ByteArrayInputStream("".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void trainerRejectsBadInputAndConfig() {
    BehaviourTrainer trainer = new BehaviourTrainer(SMALL);
    assertThatThrownBy(() -> trainer.train(List.of(), "x", Map.of(), Map.of()))
        .hasMessageContaining("no examples");
    List<LabelledSession> oneLabel =
        TrainingFixtures.synthetic(9, 1).stream()
            .filter(e -> e.label() == Polarity.NEUTRAL)
            .toList();
    assertThatThrownBy(() -> trainer.train(oneLabel, "x", Map.of(), Map.of()))
        .hasMessageContaining("two distinct labels");
    assertThatThrownBy(() -> new TrainerConfig(0, 3, 0.5, 1, false)).hasMessageContaining("trees");
    assertThatThrownBy(() -> new TrainerConfig(5, 0, 0.5, 1, false))
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> new TrainerConfig(5, 3, 0, 1, false))
        .hasMessageContaining("featureFraction");
    assertThatThrownBy(() -> new LabelledSession(" ", null, Polarity.NEUTRAL))
        .hasMessageContaining("user");
  }
}
