package dev.affectrec.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.als.AlsConfig;
import dev.affectrec.recommend.als.AlsTrainer;
import dev.affectrec.recommend.bpr.BprConfig;
import dev.affectrec.recommend.bpr.BprTrainer;
import dev.affectrec.recommend.content.ContentConfig;
import dev.affectrec.recommend.content.ContentTrainer;
import dev.affectrec.recommend.content.HashingTextEncoder;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.ease.EaseConfig;
import dev.affectrec.recommend.ease.EaseTrainer;
import dev.affectrec.recommend.knn.ItemKnnConfig;
import dev.affectrec.recommend.knn.ItemKnnTrainer;
import dev.affectrec.recommend.mf.BiasedMfConfig;
import dev.affectrec.recommend.mf.BiasedMfTrainer;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import dev.affectrec.recommend.popular.PopularConfig;
import dev.affectrec.recommend.popular.PopularTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelRoundTripTest {
  private static final InteractionMatrix DATA =
      Fixtures.matrix("u1 a 5, u1 b 3, u2 a 4, u2 c 2, u3 c 5, u3 d 1, u4 b 4, u4 d 2");

  static Stream<Trainer<?>> trainers() {
    return Stream.of(
        new PopularTrainer(PopularConfig.DEFAULTS),
        new ItemKnnTrainer(ItemKnnConfig.DEFAULTS),
        new EaseTrainer(EaseConfig.DEFAULTS),
        new AlsTrainer(new AlsConfig(3, 3, 0.1, 1, true, 3, 1, 1)),
        // The defaults: fold-in weighted by sqrt(n), biases starting at their damped means.
        new AlsTrainer(AlsConfig.DEFAULTS),
        new BiasedMfTrainer(BiasedMfConfig.DEFAULTS),
        new BprTrainer(new BprConfig(3, 3, 0.05, 0.01, 1)),
        new BiasedMfTrainer(Fixtures.TINY_SGD_MF),
        // ALS: fold-in by an exact solve, recorded in the file's provenance.
        new BiasedMfTrainer(
            new BiasedMfConfig(3, 3, 0.01, 0.9, 0.05, 0.02, 0.1, 5, 1, 1, BiasedMfConfig.ALS, 4)),
        new ContentTrainer(
            ContentConfig.DEFAULTS, new HashingTextEncoder(16), Map.of("a", "red", "b", "blue")));
  }

  @ParameterizedTest
  @MethodSource("trainers")
  void savedModelsLoadWithTheSameScoresAndProvenance(Trainer<?> trainer, @TempDir Path dir)
      throws IOException {
    ScoringModel model = trainer.train(DATA);
    Path file = dir.resolve("model.bin");
    model.save(file);
    ScoringModel loaded = ModelFiles.load(file);
    assertThat(loaded.getClass()).isEqualTo(model.getClass());
    assertThat(loaded.provenance()).isEqualTo(model.provenance());
    assertThat(loaded.provenance().datasets().get("interactions")).startsWith("sha256:");
    for (String user : new String[] {"u1", "u3", "stranger"}) {
      assertThat(loaded.recommend(user, 4, Set.of())).isEqualTo(model.recommend(user, 4, Set.of()));
    }
    assertThat(loaded.recommendForHistory(Map.of("a", 5f), 2, Set.of()))
        .isEqualTo(model.recommendForHistory(Map.of("a", 5f), 2, Set.of()));
  }

  @ParameterizedTest
  @MethodSource("trainers")
  void rejectsEmptyTrainingDataAndBadK(Trainer<?> trainer) {
    assertThatThrownBy(() -> trainer.train(InteractionMatrix.of(java.util.List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    ScoringModel model = trainer.train(DATA);
    assertThatThrownBy(() -> model.recommend("u1", 0, Set.of())).hasMessageContaining("k must");
  }

  @org.junit.jupiter.api.Test
  void rejectsFilesThatAreNotModels(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("junk.bin");
    Files.writeString(file, "not a model at all");
    assertThatThrownBy(() -> ModelFiles.load(file)).hasMessageContaining("bad magic number");
    new PopularTrainer(PopularConfig.DEFAULTS).train(DATA).save(dir.resolve("p.bin"));
    assertThatThrownBy(() -> dev.affectrec.recommend.ease.EaseModel.load(dir.resolve("p.bin")))
        .hasMessageContaining("holds a 'popular' model");
  }
}
