package dev.affectrec.recommend.mf;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * Trains biased MF on the matrix values as ratings, by SGD or by exact alternating least squares
 * ({@link BiasedMfConfig#solver}). Single-threaded, deterministic for a seed. Thread-safe: every
 * call works on its own arrays.
 */
public final class BiasedMfTrainer extends ConfiguredTrainer<BiasedMfConfig, BiasedMfModel> {

  /** A trainer with {@code config}, never null. */
  public BiasedMfTrainer(BiasedMfConfig config) {
    super("biasedmf", config);
  }

  @Override
  protected BiasedMfModel fit(InteractionMatrix data, Clock clock) {
    int f = config.factors();
    int nnz = data.nonZeros();
    SplittableRandom random = new SplittableRandom(config.seed());
    float[] values = data.rowValues();
    double mean = 0;
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : values) {
      mean += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    mean /= nnz;
    float[] itemBias = new float[data.itemCount()];
    float[] userBias = new float[data.userCount()];
    dampedMeans(data, (float) mean, itemBias, userBias);
    MfParameters params =
        new MfParameters(
            (float) mean,
            userBias,
            itemBias,
            gaussian(data.userCount() * f, random),
            gaussian(data.itemCount() * f, random),
            f);
    if (config.exact()) {
      alternate(data, params);
    } else {
      descend(data, params, random);
    }
    return new BiasedMfModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, config.seed(), clock),
        params,
        min,
        max,
        config);
  }

  /** {@code epochs} SGD passes over the ratings in shuffled order, the step decaying. */
  private void descend(InteractionMatrix data, MfParameters params, SplittableRandom random) {
    int nnz = data.nonZeros();
    float[] values = data.rowValues();
    int[] items = data.rowItems();
    int[] rowOf = new int[nnz];
    for (int u = 0; u < data.userCount(); u++) {
      java.util.Arrays.fill(rowOf, data.rowStart(u), data.rowEnd(u), u);
    }
    int[] order = new int[nnz];
    for (int n = 0; n < nnz; n++) {
      order[n] = n;
    }
    double lr = config.learningRate();
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      shuffle(order, random);
      for (int e : order) {
        params.sgdStep(
            rowOf[e],
            items[e],
            values[e],
            (float) lr,
            (float) config.lambda(),
            (float) config.biasLambda(),
            true);
      }
      lr *= config.decay();
    }
  }

  /** {@code iterations} sweeps: every user solved exactly with the items fixed, then every item. */
  private void alternate(InteractionMatrix data, MfParameters params) {
    BiasedLeastSquares solver =
        new BiasedLeastSquares(params.f, config.lambda(), config.biasLambda());
    for (int sweep = 0; sweep < config.iterations(); sweep++) {
      for (int u = 0; u < data.userCount(); u++) {
        solver.solve(
            data.rowItems(),
            data.rowValues(),
            data.rowStart(u),
            data.rowEnd(u),
            params.mean,
            params.itemBias,
            params.itemFactors,
            params.userBias,
            params.userFactors,
            u);
      }
      for (int i = 0; i < data.itemCount(); i++) {
        solver.solve(
            data.colUsers(),
            data.colValues(),
            data.colStart(i),
            data.colEnd(i),
            params.mean,
            params.userBias,
            params.userFactors,
            params.itemBias,
            params.itemFactors,
            i);
      }
    }
  }

  /** Starts the biases at their damped means (no-op for an infinite damping). */
  private void dampedMeans(InteractionMatrix data, float mean, float[] itemBias, float[] userBias) {
    double d = config.biasDamping();
    if (Double.isInfinite(d)) {
      return;
    }
    for (int i = 0; i < data.itemCount(); i++) {
      double sum = 0;
      for (int p = data.colStart(i); p < data.colEnd(i); p++) {
        sum += data.colValues()[p] - mean;
      }
      itemBias[i] = (float) (sum / (data.colLength(i) + d));
    }
    for (int u = 0; u < data.userCount(); u++) {
      double sum = 0;
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        sum += data.rowValues()[p] - mean - itemBias[data.rowItems()[p]];
      }
      userBias[u] = (float) (sum / (data.rowLength(u) + d));
    }
  }

  private float[] gaussian(int n, SplittableRandom random) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (random.nextGaussian() * config.initStd());
    }
    return v;
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
