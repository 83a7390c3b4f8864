package dev.affectrec.recommend.popular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopularTest {

  @Test
  void ranksByUserCountAndExcludes() {
    PopularModel model = new PopularTrainer(PopularConfig.DEFAULTS).train(Fixtures.small());
    List<ScoredItem> top = model.recommend("nobody", 2, Set.of("a"));
    assertThat(top).extracting(ScoredItem::item).containsExactly("b", "c");
    assertThat(top).extracting(ScoredItem::score).containsExactly(2.0, 2.0);
    assertThat(model.recommendForHistory(Map.of("b", 1f), 4, Set.of()))
        .extracting(ScoredItem::item)
        .containsExactly("a", "c", "d");
  }

  @Test
  void decayHalvesAnInteractionOneHalfLifeOld() {
    long day = 86_400;
    InteractionMatrix m =
        InteractionMatrix.of(
            List.of(
                new Interaction("u1", "old", 1, 0),
                new Interaction("u2", "old", 1, 0),
                new Interaction("u3", "new", 1, 2 * day)));
    PopularModel model = new PopularTrainer(new PopularConfig(1)).train(m);
    float[] scores = new float[2];
    model.scoreUser(0, scores);
    assertThat(scores[0]).isCloseTo(0.5f, within(1e-6f));
    assertThat(scores[1]).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void savesAndLoads(@TempDir Path dir) throws Exception {
    PopularModel model = new PopularTrainer(PopularConfig.DEFAULTS).train(Fixtures.small());
    model.save(dir.resolve("m.bin"));
    PopularModel loaded = PopularModel.load(dir.resolve("m.bin"));
    assertThat(loaded.recommend("u1", 4, Set.of())).isEqualTo(model.recommend("u1", 4, Set.of()));
    assertThat(loaded.provenance()).isEqualTo(model.provenance());
  }

  @Test
  void rejectsBadConfigAndEmptyData() {
    assertThatThrownBy(() -> new PopularConfig(-1)).hasMessageContaining("halfLifeDays");
    assertThatThrownBy(
            () -> new PopularTrainer(PopularConfig.DEFAULTS).train(InteractionMatrix.of(List.of())))
        .hasMessageContaining("empty");
  }
}
