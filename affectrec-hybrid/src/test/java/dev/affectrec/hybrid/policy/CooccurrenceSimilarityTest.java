package dev.affectrec.hybrid.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.data.ItemCosine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CooccurrenceSimilarityTest {

  @Test
  void cachedRowsGiveExactlyTheItemCosineInEitherOrder() {
    Random random = new Random(5);
    List<Interaction> interactions = new ArrayList<>();
    for (int u = 0; u < 60; u++) {
      for (int k = 0; k < 12; k++) {
        interactions.add(new Interaction("u" + u, "i" + random.nextInt(40), 1, k));
      }
    }
    InteractionMatrix data = InteractionMatrix.of(interactions);
    CooccurrenceSimilarity cached = new CooccurrenceSimilarity(data);
    for (int a = 0; a < data.itemCount(); a++) {
      for (int b = 0; b < data.itemCount(); b++) {
        double expected = a == b ? 1 : ItemCosine.of(data, a, b);
        assertThat(cached.similarity(a, b)).as("%d,%d", a, b).isEqualTo(expected);
        assertThat(cached.similarity(b, a)).isEqualTo(expected);
      }
    }
  }

  @Test
  void handComputedCosine() {
    InteractionMatrix data = Fixtures.matrix("u1 a 1, u1 b 1, u2 a 1, u3 b 1, u3 c 1");
    CooccurrenceSimilarity s = new CooccurrenceSimilarity(data);
    int a = data.items().indexOf("a");
    int b = data.items().indexOf("b");
    int c = data.items().indexOf("c");
    assertThat(s.similarity(a, b)).isEqualTo(1 / Math.sqrt(2 * 2));
    assertThat(s.similarity(a, c)).isZero();
    assertThat(s.similarity(c, b)).isEqualTo(1 / Math.sqrt(1 * 2));
    assertThat(s.similarity(a, a)).isEqualTo(1);
  }
}
