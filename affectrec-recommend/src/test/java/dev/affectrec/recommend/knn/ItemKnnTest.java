package dev.affectrec.recommend.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemKnnTest {
  /** Unshrunk cosine (the defaults shrink), so the hand-computed values hold. */
  private static final ItemKnnConfig PLAIN_COSINE = new ItemKnnConfig(100, 0, true, 1);

  @Test
  void binaryCosineOnAHandBuiltMatrix() {
    ItemKnnModel model = new ItemKnnTrainer(PLAIN_COSINE).train(Fixtures.small());
    // items a=0, b=1, c=2, d=3
    assertThat(model.similarity(0, 1)).isCloseTo(1f, within(1e-6f));
    assertThat(model.similarity(0, 2)).isCloseTo(0.5f, within(1e-6f));
    assertThat(model.similarity(2, 3)).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-6f));
    assertThat(model.similarity(0, 3)).isZero();
    List<ScoredItem> top = model.recommend("u1", 1, Set.of("a", "b"));
    assertThat(top).containsExactly(ScoredItem.of("c", 1.0));
  }

  @Test
  void shrinkageDampsAndNeighbourhoodTruncates() {
    ItemKnnModel model =
        new ItemKnnTrainer(new ItemKnnConfig(1, 1, true, 2)).train(Fixtures.small());
    assertThat(model.similarity(0, 1)).isCloseTo(2f / 3, within(1e-6f));
    assertThat(model.similarity(0, 2)).isZero(); // only the single best neighbour is kept
  }

  @Test
  void foldInScoresAFreshHistory() {
    ItemKnnModel model = new ItemKnnTrainer(PLAIN_COSINE).train(Fixtures.small());
    List<ScoredItem> top = model.recommendForHistory(Map.of("d", 1f), 1, Set.of());
    assertThat(top.get(0).item()).isEqualTo("c");
    assertThat(top.get(0).score()).isCloseTo(1 / Math.sqrt(2), within(1e-6));
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new ItemKnnConfig(0, 0, true, 1)).hasMessageContaining("neighbours");
    assertThatThrownBy(() -> new ItemKnnConfig(5, -1, true, 1)).hasMessageContaining("shrinkage");
  }
}
