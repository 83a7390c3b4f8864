package dev.affectrec.recommend.tune;

import dev.affectrec.api.Arguments;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.RankingMetrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * NDCG@k on a validation cut of one interaction matrix: each user with at least two interactions
 * has {@code fraction} of them (rounded, at least one, never all) held out at random (seeded),
 * every candidate is trained on the rest over the same user and item indices, and ranks all items
 * but the user's remaining ones; every held-out item is relevant and every user with a held-out
 * item counts. The cut is drawn once, so every candidate sees the same one. The matrix given must
 * be training data only. Thread-safe: measuring reads the cut and trains fresh models.
 */
public final class HoldoutObjective implements Objective {
  private final AlgorithmRegistry registry;
  private final AlgorithmContext context;
  private final int k;
  private final InteractionMatrix train;
  private final List<Integer> users = new ArrayList<>();
  private final List<Set<Integer>> heldOut = new ArrayList<>();

  /**
   * @param data the training data to cut, never null
   * @param registry creates the candidates' trainers, never null
   * @param context given to every trainer, never null
   * @param fraction share of each user's interactions held out, in (0, 1)
   * @param k the NDCG cutoff, at least 1
   * @param seed seeds the cut
   */
  public HoldoutObjective(
      InteractionMatrix data,
      AlgorithmRegistry registry,
      AlgorithmContext context,
      double fraction,
      int k,
      long seed) {
    Objects.requireNonNull(data, "data is required");
    this.registry = Objects.requireNonNull(registry, "registry is required");
    this.context = Objects.requireNonNull(context, "context is required");
    Arguments.requireInRange(fraction, Double.MIN_VALUE, Math.nextDown(1.0), "fraction");
    this.k = Arguments.requireAtLeast(k, 1, "k");
    Random random = new Random(seed);
    List<Interaction> kept = new ArrayList<>();
    for (int u = 0; u < data.userCount(); u++) {
      List<Integer> positions = new ArrayList<>();
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        positions.add(p);
      }
      int hold = positions.size() < 2 ? 0 : (int) Math.round(fraction * positions.size());
      hold = Math.min(Math.max(hold, positions.size() < 2 ? 0 : 1), positions.size() - 1);
      Collections.shuffle(positions, random);
      Set<Integer> items = new HashSet<>();
      for (int n = 0; n < positions.size(); n++) {
        int p = positions.get(n);
        if (n < hold) {
          items.add(data.rowItems()[p]);
        } else {
          kept.add(
              new Interaction(
                  data.users().id(u),
                  data.items().id(data.rowItems()[p]),
                  data.rowValues()[p],
                  data.rowTimes()[p]));
        }
      }
      if (!items.isEmpty()) {
        users.add(u);
        heldOut.add(items);
      }
    }
    this.train = InteractionMatrix.of(kept, data.users(), data.items());
  }

  /** Users with a held-out item: 0 means the data are too small to validate on. */
  public int validationUsers() {
    return users.size();
  }

  @Override
  public TrialScores measure(List<AlgorithmSpec> candidates) {
    List<Double> values = new ArrayList<>();
    for (AlgorithmSpec spec : candidates) {
      values.add(ndcg(registry.create(spec, context).train(train)));
    }
    return new TrialScores("ndcg@" + k, false, values);
  }

  private double ndcg(ScoringModel model) {
    if (users.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (int n = 0; n < users.size(); n++) {
      int u = users.get(n);
      int[] ranked = model.topK(u, k, train.rowItemSet(u)).items();
      sum += RankingMetrics.ndcg(ranked, heldOut.get(n), k);
    }
    return sum / users.size();
  }
}
