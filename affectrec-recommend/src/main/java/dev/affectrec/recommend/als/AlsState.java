package dev.affectrec.recommend.als;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.ConjugateGradient;
import dev.affectrec.recommend.parallel.ParallelRange;

/**
 * The mutable factors of an ALS run in progress, exposed so that a sweep and the loss can be
 * observed (tests check that a sweep never raises the loss). Not thread-safe; a sweep itself uses
 * {@code config.threads()} workers internally.
 */
public final class AlsState {
  private final InteractionMatrix data;
  private final AlsConfig config;
  private final float[] users;
  private final float[] items;
  private final float[] rowConfidence;
  private final float[] colConfidence;

  AlsState(InteractionMatrix data, AlsConfig config, float[] users, float[] items) {
    this.data = data;
    this.config = config;
    this.users = users;
    this.items = items;
    this.rowConfidence = confidence(data.rowValues());
    this.colConfidence = confidence(data.colValues());
  }

  private float[] confidence(float[] values) {
    float[] c = new float[values.length];
    for (int n = 0; n < c.length; n++) {
      c[n] = (float) (1 + config.alpha() * (config.binary() ? 1 : values[n]));
    }
    return c;
  }

  /** One full sweep: every user vector, then every item vector. */
  public void sweep() {
    int f = config.factors();
    double[] itemGram = ConjugateGradient.gram(items, data.itemCount(), f);
    solveSide(data.userCount(), itemGram, items, users, true);
    double[] userGram = ConjugateGradient.gram(users, data.userCount(), f);
    solveSide(data.itemCount(), userGram, users, items, false);
  }

  private void solveSide(int count, double[] gram, float[] fixed, float[] target, boolean byRow) {
    int f = config.factors();
    ParallelRange.forEach(
        count,
        config.threads(),
        () -> new ConjugateGradient(f),
        (n, cg) -> {
          if (byRow) {
            cg.solve(
                gram,
                fixed,
                data.rowItems(),
                rowConfidence,
                data.rowStart(n),
                data.rowEnd(n),
                regularisation(data.rowEnd(n) - data.rowStart(n)),
                target,
                n * f,
                config.cgSteps());
          } else {
            cg.solve(
                gram,
                fixed,
                data.colUsers(),
                colConfidence,
                data.colStart(n),
                data.colEnd(n),
                regularisation(data.colEnd(n) - data.colStart(n)),
                target,
                n * f,
                config.cgSteps());
          }
        });
  }

  private double regularisation(int count) {
    return config.regularisation(count);
  }

  /**
   * The weighted loss {@code sum_ui c_ui (p_ui - x_u.y_i)^2 + sum_u l_u |x_u|^2 + sum_i l_i
   * |y_i|^2} over all user-item pairs, where {@code l} is lambda, times the vector's number of
   * interactions (at least 1) when the configuration is weighted, with {@code p = 1} and {@code c =
   * 1 + alpha r} on observed pairs and {@code p = 0, c = 1} elsewhere.
   */
  public double loss() {
    int f = config.factors();
    double[] gram = ConjugateGradient.gram(items, data.itemCount(), f);
    double total = 0;
    for (int u = 0; u < data.userCount(); u++) {
      int base = u * f;
      double quad = 0;
      for (int a = 0; a < f; a++) {
        double sum = 0;
        for (int b = 0; b < f; b++) {
          sum += gram[a * f + b] * users[base + b];
        }
        quad += users[base + a] * sum;
      }
      total += quad;
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        int ib = data.rowItems()[p] * f;
        double dot = 0;
        for (int k = 0; k < f; k++) {
          dot += (double) users[base + k] * items[ib + k];
        }
        double c = rowConfidence[p];
        // Replace the unobserved term dot^2 with the observed c (1 - dot)^2.
        total += c * (1 - dot) * (1 - dot) - dot * dot;
      }
    }
    return total + penalty(users, data.userCount(), true) + penalty(items, data.itemCount(), false);
  }

  private double penalty(float[] vectors, int count, boolean byRow) {
    int f = config.factors();
    double total = 0;
    for (int n = 0; n < count; n++) {
      int interactions =
          byRow ? data.rowEnd(n) - data.rowStart(n) : data.colEnd(n) - data.colStart(n);
      double sum = 0;
      for (int k = n * f; k < (n + 1) * f; k++) {
        sum += (double) vectors[k] * vectors[k];
      }
      total += regularisation(interactions) * sum;
    }
    return total;
  }

  /** A copy of the user factors, row-major. */
  public float[] userFactors() {
    return users.clone();
  }

  /** A copy of the item factors, row-major. */
  public float[] itemFactors() {
    return items.clone();
  }
}
