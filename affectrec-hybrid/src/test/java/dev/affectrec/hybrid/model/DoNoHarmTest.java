package dev.affectrec.hybrid.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SatisfactionEstimates;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hybrid chooses, on its validation cut, between its plain base, the satisfaction-weighted base
 * and the whole blend, and never serves one that loses to the plain base there.
 */
class DoNoHarmTest {

  /**
   * 600 users in three taste clusters of 40 items with a popularity skew inside each cluster; each
   * user interacts with 10 items of their cluster, rated 1-5 at random.
   */
  private static List<Interaction> clusters() {
    Random random = new Random(3);
    List<Interaction> out = new ArrayList<>();
    for (int u = 0; u < 600; u++) {
      int cluster = u % 3;
      java.util.Set<Integer> items = new java.util.LinkedHashSet<>();
      while (items.size() < 10) {
        items.add((int) (40 * Math.pow(random.nextDouble(), 2)));
      }
      int t = 0;
      for (int item : items) {
        float stars = 1 + random.nextInt(5);
        out.add(new Interaction("u" + u, "c" + cluster + "i" + item, stars, 1 + t++));
      }
    }
    return out;
  }

  private static Trainer<? extends ScoringModel> ease() {
    return AlgorithmRegistry.discover()
        .create(new AlgorithmSpec("ease", java.util.Map.of(), "ease"), AlgorithmContext.plain());
  }

  private static HybridEmotionModel train(InteractionMatrix data, SatisfactionEstimates s) {
    return new HybridEmotionTrainer(
            ease(),
            HybridTrainingConfig.defaults(),
            ReviewReadings.NONE,
            s,
            InteractionContexts.NONE,
            Clock.systemUTC())
        .train(data);
  }

  @Test
  void aSignalThatCallsRandomInteractionsDislikesIsOverruledByTheBase() {
    InteractionMatrix data = InteractionMatrix.of(clusters());
    // A broken signal: everything a user did before their last four interactions was a dislike.
    // Weighting by it throws away half of every history; the validation cut must see that.
    SatisfactionEstimates wrong = i -> Optional.of(new Satisfaction(i.time() <= 4 ? -1 : 1, 1));
    HybridEmotionModel model = train(data, wrong);
    var parameters = model.provenance().parameters();
    assertThat(parameters.get("served")).isEqualTo("base");
    assertThat(Double.parseDouble(parameters.get("validation.happyNdcg10.base")))
        .isGreaterThan(Double.parseDouble(parameters.get("validation.happyNdcg10.weighted")));
    // Serving the base means ranking exactly as the base trained on the data as it is.
    ScoringModel plain = ease().train(data);
    for (int u = 0; u < 20; u++) {
      BitSet seen = new BitSet(data.itemCount());
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        seen.set(data.rowItems()[p]);
      }
      assertThat(model.topK(u, 4, seen).items()).containsExactly(plain.topK(u, 4, seen).items());
    }
  }

  @Test
  void honestRatingsAreKeptAndTheChoiceIsRecorded() {
    InteractionMatrix data = InteractionMatrix.of(clusters());
    HybridEmotionModel model = train(data, SatisfactionEstimates.ratings(RatingScale.FIVE_STARS));
    var parameters = model.provenance().parameters();
    assertThat(parameters.get("served")).isIn("base", "weighted", "blend");
    double best =
        Math.max(
            Double.parseDouble(parameters.get("validation.happyNdcg10.weighted")),
            Double.parseDouble(parameters.get("validation.happyNdcg10.blend")));
    String served = parameters.get("served");
    double base = Double.parseDouble(parameters.get("validation.happyNdcg10.base"));
    assertThat(Double.parseDouble(parameters.get("validation.happyNdcg10." + served)))
        .isGreaterThanOrEqualTo(base)
        .isEqualTo(Math.max(base, best));
    assertThat(Integer.parseInt(parameters.get("validation.happyUsers"))).isPositive();
  }

  @Test
  void aGainWithinChanceDoesNotBuyMoreMachinery() {
    double[] simple = {0.5, 0.2, 0.9, 0.1, 0.4, 0.6};
    double[] noisy = {0.9, 0.0, 1.0, 0.0, 0.2, 0.8};
    double[] steady = {0.6, 0.3, 1.0, 0.2, 0.5, 0.7};
    assertThat(HybridEmotionTrainer.clearlyBetter(noisy, simple)).isFalse();
    assertThat(HybridEmotionTrainer.clearlyBetter(steady, simple)).isTrue();
    assertThat(HybridEmotionTrainer.clearlyBetter(simple, steady)).isFalse();
  }
}
