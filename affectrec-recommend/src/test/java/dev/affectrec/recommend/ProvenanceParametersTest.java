package dev.affectrec.recommend;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.affectrec.recommend.mf.BiasedMfTrainer;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.popular.PopularConfig;
import dev.affectrec.recommend.popular.PopularTrainer;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every trained model records every field of its configuration, and the time of its clock. */
class ProvenanceParametersTest {
  private static final InteractionMatrix DATA =
      Fixtures.matrix("u1 a 5, u1 b 3, u2 a 4, u2 c 2, u3 c 5, u3 d 1");
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static <C extends Record> Arguments of(
      C config, Function<C, ConfiguredTrainer<C, ?>> trainer) {
    return Arguments.of(config, trainer.apply(config));
  }

  static Stream<Arguments> configs() {
    return Stream.of(
        of(PopularConfig.DEFAULTS, PopularTrainer::new),
        of(ItemKnnConfig.DEFAULTS, ItemKnnTrainer::new),
        of(EaseConfig.DEFAULTS, EaseTrainer::new),
        of(new AlsConfig(3, 2, 0.1, 1, true, 3, 1, 1), AlsTrainer::new),
        of(new BprConfig(3, 2, 0.05, 0.01, 1), BprTrainer::new),
        of(Fixtures.TINY_SGD_MF, BiasedMfTrainer::new),
        of(
            ContentConfig.DEFAULTS,
            c -> new ContentTrainer(c, new HashingTextEncoder(8), Map.of("a", "red"))));
  }

  @ParameterizedTest
  @MethodSource("configs")
  void everyConfigComponentIsAProvenanceParameter(Record config, ConfiguredTrainer<?, ?> trainer) {
    var provenance = trainer.train(DATA, CLOCK).provenance();
    assertThat(provenance.createdAt()).isEqualTo(NOW);
    for (RecordComponent component : config.getClass().getRecordComponents()) {
      assertThat(provenance.parameters())
          .as(config.getClass().getSimpleName() + "." + component.getName())
          .containsKey(component.getName());
    }
  }
}
