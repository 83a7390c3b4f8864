package dev.affectrec.emotion.text.head;

import java.util.List;
import java.util.Objects;

/**
 * Trains a {@link SoftmaxModel} by minimising mean cross-entropy against soft targets plus {@code
 * l2/2 ||W||^2} (biases unpenalised) with {@link Lbfgs}. Deterministic: the same data gives the
 * same model. Thread-safe (no state beyond the configuration).
 */
public final class SoftmaxTrainer {
  private final double l2;
  private final int iterations;
  private final int threads;

  /**
   * @param l2 penalty, at least 0
   * @param iterations L-BFGS iterations, at least 1
   * @param threads gradient partitions evaluated in parallel, at least 1; the result does not
   *     depend on the machine, only on this number
   */
  public SoftmaxTrainer(double l2, int iterations, int threads) {
    if (!(l2 >= 0) || iterations < 1 || threads < 1) {
      throw new IllegalArgumentException("l2 must be >= 0, iterations and threads >= 1");
    }
    this.l2 = l2;
    this.iterations = iterations;
    this.threads = threads;
  }

  /**
   * Fits the model.
   *
   * @param rows feature rows with indices in [0, dimension)
   * @param targets one probability vector of length {@code classes} per row
   * @throws IllegalArgumentException if rows and targets differ in number or there are none
   */
  public SoftmaxModel train(
      List<SparseRow> rows, List<double[]> targets, int dimension, int classes) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty() || rows.size() != targets.size()) {
      throw new IllegalArgumentException(
          "need as many targets as rows (and at least one): "
              + rows.size()
              + " vs "
              + targets.size());
    }
    int weightCount = classes * dimension;
    double[] params = new double[weightCount + classes];
    int chunks = Math.max(1, Math.min(threads, rows.size() / 256));
    Lbfgs.Objective objective =
        (x, grad) -> {
          List<double[]> partials =
              java.util.stream.IntStream.range(0, chunks)
                  .parallel()
                  .mapToObj(
                      c -> {
                        double[] g = new double[grad.length + 1];
                        int from = (int) ((long) rows.size() * c / chunks);
                        int to = (int) ((long) rows.size() * (c + 1) / chunks);
                        g[grad.length] =
                            accumulate(rows, targets, from, to, x, g, dimension, classes);
                        return g;
                      })
                  .toList();
          java.util.Arrays.fill(grad, 0);
          double loss = 0;
          for (double[] g : partials) {
            for (int i = 0; i < grad.length; i++) {
              grad[i] += g[i];
            }
            loss += g[grad.length];
          }
          double n = rows.size();
          double penalty = 0;
          for (int i = 0; i < grad.length; i++) {
            grad[i] /= n;
            if (i < weightCount) {
              penalty += x[i] * x[i];
              grad[i] += l2 * x[i];
            }
          }
          return loss / n + 0.5 * l2 * penalty;
        };
    new Lbfgs(8, iterations, 1e-7).minimise(objective, params);
    float[] w = new float[weightCount];
    float[] b = new float[classes];
    for (int i = 0; i < weightCount; i++) {
      w[i] = (float) params[i];
    }
    for (int k = 0; k < classes; k++) {
      b[k] = (float) params[weightCount + k];
    }
    return new SoftmaxModel(classes, dimension, w, b);
  }

  /** Adds rows [from, to) to the gradient {@code g}; returns their summed cross-entropy. */
  private static double accumulate(
      List<SparseRow> rows,
      List<double[]> targets,
      int from,
      int to,
      double[] x,
      double[] g,
      int dimension,
      int classes) {
    int weightCount = classes * dimension;
    double loss = 0;
    double[] z = new double[classes];
    for (int r = from; r < to; r++) {
      SparseRow row = rows.get(r);
      int[] idx = row.indices();
      float[] val = row.values();
      for (int k = 0; k < classes; k++) {
        double s = x[weightCount + k];
        int base = k * dimension;
        for (int i = 0; i < idx.length; i++) {
          s += x[base + idx[i]] * val[i];
        }
        z[k] = s;
      }
      double[] p = Softmax.of(z, 1.0);
      double[] t = targets.get(r);
      for (int k = 0; k < classes; k++) {
        if (t[k] > 0) {
          loss -= t[k] * Math.log(Math.max(p[k], 1e-15));
        }
        double gk = p[k] - t[k];
        if (gk == 0) {
          continue;
        }
        int base = k * dimension;
        for (int i = 0; i < idx.length; i++) {
          g[base + idx[i]] += gk * val[i];
        }
        g[weightCount + k] += gk;
      }
    }
    return loss;
  }
}
