package dev.affectrec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs Spark local[2] on small matrices; the whole class takes well under a minute. */
class SparkAlsTest {

  private static InteractionMatrix blocks() {
    // Users 0-9 like items a0-a4, users 10-19 like b0-b4; each user misses their block's item 4
    // except the even ones.
    List<Interaction> list = new ArrayList<>();
    for (int u = 0; u < 20; u++) {
      String block = u < 10 ? "a" : "b";
      for (int i = 0; i < 5; i++) {
        if (i < 4 || u % 2 == 0) {
          list.add(new Interaction("u" + u, block + i, 4, 0));
        }
      }
    }
    return InteractionMatrix.of(list);
  }

  @Test
  void implicitSparkAlsIsRegisteredAndRanksTheMissingBlockItemFirst() {
    AlgorithmRegistry registry = AlgorithmRegistry.discover();
    assertThat(registry.names()).contains("spark-als", "spark-als-explicit", "als");
    FactorModel model =
        (FactorModel)
            registry
                .create(
                    AlgorithmSpec.parse("spark-als:factors=4:iterations=5:lambda=0.01"),
                    AlgorithmContext.plain())
                .train(blocks());
    assertThat(model.recommend("u1", 1, Set.of("a0", "a1", "a2", "a3")).get(0).item())
        .isEqualTo("a4");
    assertThat(model.recommend("u11", 1, Set.of("b0", "b1", "b2", "b3")).get(0).item())
        .isEqualTo("b4");
    assertThat(model.predictsRatings()).isFalse();
    assertThat(model.provenance().component()).isEqualTo("spark-als");
    assertThat(LocalSpark.startSeconds()).isPositive();
  }

  @Test
  void explicitSparkAlsPredictsRatings() {
    FactorModel model =
        new SparkAlsTrainer(new SparkAlsConfig(false, 4, 10, 0.01, 1, false, 1)).train(blocks());
    assertThat(model.predictsRatings()).isTrue();
    assertThat(model.predict("u0", "a0")).isCloseTo(4, within(0.3));
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new SparkAlsConfig(true, 0, 1, 0.1, 1, true, 1))
        .hasMessageContaining("factors");
  }
}
