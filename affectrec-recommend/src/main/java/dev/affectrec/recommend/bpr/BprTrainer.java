package dev.affectrec.recommend.bpr;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.factor.FoldIn;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * Trains BPR on the binary signal: every stored interaction is a positive, negatives are drawn
 * uniformly from the user's unseen items. Single-threaded and deterministic for a seed.
 * Thread-safe: every call works on its own arrays.
 */
public final class BprTrainer extends ConfiguredTrainer<BprConfig, FactorModel> {
  /** Fold-in of a BPR model uses the implicit least squares with these settings. */
  static final FoldIn FOLD_IN = new FoldIn(0.1, 1, true);

  /** A trainer with {@code config}, never null. */
  public BprTrainer(BprConfig config) {
    super("bpr", config);
  }

  @Override
  protected FactorModel fit(InteractionMatrix data, Clock clock) {
    int f = config.factors();
    int nItems = data.itemCount();
    SplittableRandom random = new SplittableRandom(config.seed());
    float[] users = new float[data.userCount() * f];
    float[] items = new float[nItems * f];
    for (int n = 0; n < users.length; n++) {
      users[n] = (float) (random.nextGaussian() * 0.1);
    }
    for (int n = 0; n < items.length; n++) {
      items[n] = (float) (random.nextGaussian() * 0.1);
    }
    int[] rowOf = rowOfEntry(data);
    int[] rowItems = data.rowItems();
    float lr = (float) config.learningRate();
    float reg = (float) config.lambda();
    long samples = (long) config.epochs() * data.nonZeros();
    for (long s = 0; s < samples; s++) {
      int entry = random.nextInt(data.nonZeros());
      int u = rowOf[entry];
      if (data.rowLength(u) >= nItems) {
        continue;
      }
      int i = rowItems[entry];
      int j;
      do {
        j = random.nextInt(nItems);
      } while (data.contains(u, j));
      step(users, items, u * f, i, j, f, lr, reg);
    }
    return new FactorModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, config.seed(), clock),
        f,
        users,
        items,
        new float[nItems],
        FOLD_IN,
        false);
  }

  private static void step(
      float[] users, float[] items, int ub, int i, int j, int f, float lr, float reg) {
    int ib = i * f;
    int jb = j * f;
    double x = 0;
    for (int k = 0; k < f; k++) {
      x += users[ub + k] * (items[ib + k] - items[jb + k]);
    }
    float g = (float) (1 / (1 + Math.exp(x)));
    for (int k = 0; k < f; k++) {
      float wu = users[ub + k];
      float wi = items[ib + k];
      float wj = items[jb + k];
      users[ub + k] += lr * (g * (wi - wj) - reg * wu);
      items[ib + k] += lr * (g * wu - reg * wi);
      items[jb + k] += lr * (-g * wu - reg * wj);
    }
  }

  private static int[] rowOfEntry(InteractionMatrix data) {
    int[] rowOf = new int[data.nonZeros()];
    for (int u = 0; u < data.userCount(); u++) {
      java.util.Arrays.fill(rowOf, data.rowStart(u), data.rowEnd(u), u);
    }
    return rowOf;
  }
}
