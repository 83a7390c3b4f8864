package dev.affectrec.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentTest {
  private static final Map<String, float[]> VECTORS =
      Map.of(
          "a", new float[] {1, 0},
          "b", new float[] {0, 1},
          "c", new float[] {1, 1},
          "e", new float[] {3, 0});
  private static final TextEncoder ENCODER =
      text -> VECTORS.getOrDefault(text, new float[2]).clone();

  @Test
  void profileIsTheFeedbackWeightedMeanAndScoresAreCosines() {
    ContentModel model =
        new ContentTrainer(
                ContentConfig.DEFAULTS, ENCODER, Map.of("a", "a", "b", "b", "c", "c", "e", "e"))
            .train(Fixtures.matrix("u1 a 4, u1 b 2, u2 c 1, u2 d 5"));
    // profile ~ (4, 2) / |(4, 2)| = (0.894, 0.447)
    List<ScoredItem> top = model.recommend("u1", 3, Set.of("a", "b"));
    assertThat(top).extracting(ScoredItem::item).containsExactly("c", "e", "d");
    assertThat(top.get(0).score()).isCloseTo(6 / Math.sqrt(20) / Math.sqrt(2), within(1e-6));
    assertThat(top.get(1).score()).isCloseTo(4 / Math.sqrt(20), within(1e-6));
    assertThat(top.get(2).score()).isZero(); // d has no text
    assertThat(model.recommendForHistory(Map.of("b", 1f), 1, Set.of()).get(0).item())
        .isEqualTo("c");
  }

  @Test
  void hashingEncoderIsUnitLengthAndStable() {
    HashingTextEncoder encoder = new HashingTextEncoder(32);
    float[] v = encoder.encode("Toy Story (1995) Animation Children's Comedy");
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1, within(1e-5));
    assertThat(encoder.encode("Toy Story (1995) Animation Children's Comedy")).containsExactly(v);
    assertThat(encoder.encode("")).containsOnly(0f);
    assertThat(encoder.dimension()).isEqualTo(32);
  }
}
