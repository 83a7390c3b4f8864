package dev.affectrec.hybrid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.model.ScoringModel;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridEmotionModelTest {

  @Test
  void savesAndLoadsWithProvenanceAndTheSameScores(@TempDir Path dir) throws Exception {
    HybridEmotionModel model = Fixtures.trainShop();
    Path file = dir.resolve("hybrid.model");
    model.save(file);
    HybridEmotionModel loaded = HybridEmotionModel.load(file);
    assertThat(loaded.provenance()).isEqualTo(model.provenance());
    assertThat(loaded.weights()).isEqualTo(model.weights());
    assertThat(loaded.serving()).isEqualTo(model.serving());
    int alice = model.users().indexOf("alice");
    float[] a = new float[model.items().size()];
    float[] b = new float[model.items().size()];
    model.scoreUser(alice, a);
    loaded.scoreUser(alice, b);
    assertThat(b).containsExactly(a);
    assertThat(model.provenance().parameters()).containsKey("w.cf");
    assertThat(model.recommend("alice", 3, Set.of())).isNotEmpty();
    assertThat(model.recommendForHistory(java.util.Map.of("y1", 1f), 2, Set.of())).isNotEmpty();
  }

  @Test
  void isRegisteredForTheHarness() {
    AlgorithmRegistry registry = AlgorithmRegistry.discover();
    assertThat(registry.names()).contains("hybrid-emotion");
    ScoringModel model =
        registry
            .create(
                AlgorithmSpec.parse(
                    "hybrid-emotion:base=itemknn:readings=stars:weighting=plain:validationUsers=5"),
                new AlgorithmContext(java.util.Map.of(), 1))
            .train(Fixtures.shop().data());
    assertThat(model).isInstanceOf(HybridEmotionModel.class);
    assertThat(model.recommend("alice", 2, Set.of())).hasSize(2);
    assertThatThrownBy(
            () ->
                registry.create(
                    AlgorithmSpec.parse("hybrid-emotion:policy=happy"), AlgorithmContext.plain()))
        .hasMessageContaining("happy");
    assertThatThrownBy(
            () ->
                registry.create(
                    AlgorithmSpec.parse("hybrid-emotion:readings=tea"), AlgorithmContext.plain()))
        .hasMessageContaining("tea");
  }

  @Test
  void explainsWhenSatisfactionWeightingLeavesNothing() {
    // Every shop rating is 1 star, so the star proxy reads every interaction as angry.
    assertThatThrownBy(
            () ->
                AlgorithmRegistry.discover()
                    .create(
                        AlgorithmSpec.parse("hybrid-emotion:base=itemknn:readings=stars"),
                        new AlgorithmContext(java.util.Map.of(), 1))
                    .train(Fixtures.shop().data()))
        .hasMessageContaining("no positive interaction");
  }

  @Test
  void rejectsBadServingConfig() {
    assertThatThrownBy(
            () -> new ServingConfig(dev.affectrec.hybrid.policy.EmotionPolicy.NEUTRAL, 0.3, 2, 10))
        .hasMessageContaining("mmrLambda");
  }
}
