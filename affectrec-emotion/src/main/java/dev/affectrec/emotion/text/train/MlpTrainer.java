package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.head.MlpModel;
import dev.affectrec.emotion.text.head.Softmax;
import dev.affectrec.emotion.text.head.SoftmaxModel;
import dev.affectrec.emotion.text.head.SparseRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Trains an {@link MlpModel} (one ReLU hidden layer) by minibatch Adam on mean cross-entropy
 * against soft targets plus an L2 penalty on the weights. A seeded share of the rows is held out;
 * after every epoch the log-loss on it is measured, training stops at the first epoch that does not
 * improve it, and the parameters of the best epoch are returned. Single-threaded and seeded, so the
 * same rows and seed give the same model bit for bit on any machine with the same JVM arithmetic.
 * Thread-safe (no state beyond the configuration).
 */
public final class MlpTrainer {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final MlpConfig config;
  private final long seed;
  private final int partitions;

  /** The fitted model, the epochs it was trained for and its held-out log-loss. */
  public record Result(MlpModel model, int epochs, double validationLoss) {}

  /**
   * @param config hidden units, epochs, batch size, step size, weight decay and held-out share;
   *     must have hidden units ({@link MlpConfig#triesOn} true for some task)
   * @param seed initial weights, the held-out rows and the batch order
   * @param partitions parts of each batch whose gradients are computed in parallel and summed in a
   *     fixed order, at least 1; the result depends on this number, not on the machine
   */
  public MlpTrainer(MlpConfig config, long seed, int partitions) {
    if (config.hiddenUnits() < 2 || partitions < 1) {
      throw new IllegalArgumentException(
          "need at least 2 hidden units and 1 partition, have "
              + config.hiddenUnits()
              + " and "
              + partitions);
    }
    this.config = config;
    this.seed = seed;
    this.partitions = partitions;
  }

  /**
   * Fits the model.
   *
   * @param rows feature rows with indices in [0, dimension)
   * @param targets one probability vector of length {@code classes} per row
   * @throws IllegalArgumentException if rows and targets differ in number or there are fewer than
   *     two rows
   */
  public Result train(List<SparseRow> rows, List<double[]> targets, int dimension, int classes) {
    Objects.requireNonNull(rows, "rows");
    if (rows.size() < 2 || rows.size() != targets.size()) {
      throw new IllegalArgumentException(
          "need as many targets as rows (and at least two): "
              + rows.size()
              + " vs "
              + targets.size());
    }
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    int held = Math.max(1, (int) Math.round(rows.size() * config.validationShare()));
    int[] validation = order.subList(0, held).stream().mapToInt(Integer::intValue).toArray();
    int[] fit = order.subList(held, order.size()).stream().mapToInt(Integer::intValue).toArray();
    Network net = new Network(dimension, config.hiddenUnits(), classes, random);
    double[] best = null;
    double bestLoss = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
      shuffle(fit, random);
      for (int from = 0; from < fit.length; from += config.batchSize()) {
        net.step(rows, targets, fit, from, Math.min(fit.length, from + config.batchSize()));
      }
      double loss = net.loss(rows, targets, validation);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestEpoch = epoch;
        best = net.params.clone();
      } else {
        break;
      }
    }
    return new Result(net.model(best), bestEpoch, bestLoss);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Parameters laid out as W1 (hidden x dim), b1, W2 (classes x hidden), b2, with Adam state. */
  private final class Network {
    final int dim;
    final int hid;
    final int k;
    final int b1;
    final int w2;
    final int b2;
    final double[] params;
    final double[] m;
    final double[] v;
    final Scratch[] parts;
    int steps;

    Network(int dim, int hid, int k, Random random) {
      this.dim = dim;
      this.hid = hid;
      this.k = k;
      b1 = hid * dim;
      w2 = b1 + hid;
      b2 = w2 + k * hid;
      params = new double[b2 + k];
      double s1 = Math.sqrt(2.0 / dim);
      for (int i = 0; i < b1; i++) {
        params[i] = random.nextGaussian() * s1;
      }
      double s2 = Math.sqrt(1.0 / hid);
      for (int i = w2; i < b2; i++) {
        params[i] = random.nextGaussian() * s2;
      }
      m = new double[params.length];
      v = new double[params.length];
      parts = new Scratch[partitions];
      for (int i = 0; i < partitions; i++) {
        parts[i] = new Scratch();
      }
    }

    /** Per-partition buffers: activations of the current row and the partial gradient. */
    final class Scratch {
      final double[] grad = new double[params.length];
      final double[] z1 = new double[hid];
      final double[] h = new double[hid];
      final double[] z2 = new double[k];
      final double[] dh = new double[hid];

      /** Forward pass of one row into z1 and h; returns the probabilities. */
      double[] forward(SparseRow row) {
        int[] idx = row.indices();
        float[] val = row.values();
        boolean dense = idx.length == dim && idx[dim - 1] == dim - 1;
        for (int j = 0; j < hid; j++) {
          double s = params[b1 + j];
          int base = j * dim;
          if (dense) {
            for (int i = 0; i < dim; i++) {
              s += params[base + i] * val[i];
            }
          } else {
            for (int i = 0; i < idx.length; i++) {
              if (idx[i] < dim) {
                s += params[base + idx[i]] * val[i];
              }
            }
          }
          z1[j] = s;
          h[j] = Math.max(0, s);
        }
        for (int c = 0; c < k; c++) {
          double s = params[b2 + c];
          int base = w2 + c * hid;
          for (int j = 0; j < hid; j++) {
            s += params[base + j] * h[j];
          }
          z2[c] = s;
        }
        return Softmax.of(z2, 1.0);
      }

      /** Adds the gradient of rows {@code order[from..to)} to {@link #grad}. */
      void accumulate(List<SparseRow> rows, List<double[]> targets, int[] order, int from, int to) {
        java.util.Arrays.fill(grad, 0);
        for (int n = from; n < to; n++) {
          SparseRow row = rows.get(order[n]);
          double[] p = forward(row);
          double[] t = targets.get(order[n]);
          java.util.Arrays.fill(dh, 0);
          for (int c = 0; c < k; c++) {
            double dz = p[c] - t[c];
            if (dz == 0) {
              continue;
            }
            int base = w2 + c * hid;
            for (int j = 0; j < hid; j++) {
              grad[base + j] += dz * h[j];
              dh[j] += dz * params[base + j];
            }
            grad[b2 + c] += dz;
          }
          int[] idx = row.indices();
          float[] val = row.values();
          for (int j = 0; j < hid; j++) {
            if (z1[j] <= 0 || dh[j] == 0) {
              continue;
            }
            double d = dh[j];
            int base = j * dim;
            for (int i = 0; i < idx.length; i++) {
              if (idx[i] < dim) {
                grad[base + idx[i]] += d * val[i];
              }
            }
            grad[b1 + j] += d;
          }
        }
      }
    }

    double loss(List<SparseRow> rows, List<double[]> targets, int[] which) {
      Scratch scratch = parts[0];
      double loss = 0;
      for (int r : which) {
        double[] p = scratch.forward(rows.get(r));
        double[] t = targets.get(r);
        for (int c = 0; c < k; c++) {
          if (t[c] > 0) {
            loss -= t[c] * Math.log(Math.max(p[c], 1e-15));
          }
        }
      }
      return loss / which.length;
    }

    void step(List<SparseRow> rows, List<double[]> targets, int[] order, int from, int to) {
      int size = to - from;
      int used = Math.min(partitions, size);
      java.util.stream.IntStream.range(0, used)
          .parallel()
          .forEach(
              c ->
                  parts[c].accumulate(
                      rows,
                      targets,
                      order,
                      from + (int) ((long) size * c / used),
                      from + (int) ((long) size * (c + 1) / used)));
      double n = size;
      steps++;
      double c1 = 1 - Math.pow(BETA1, steps);
      double c2 = 1 - Math.pow(BETA2, steps);
      for (int i = 0; i < params.length; i++) {
        double g = 0;
        for (int c = 0; c < used; c++) {
          g += parts[c].grad[i];
        }
        g /= n;
        if (i < b1 || (i >= w2 && i < b2)) {
          g += config.weightDecay() * params[i];
        }
        m[i] = BETA1 * m[i] + (1 - BETA1) * g;
        v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
        params[i] -= config.learningRate() * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
      }
    }

    MlpModel model(double[] p) {
      float[] w1 = new float[b1];
      float[] bias1 = new float[hid];
      float[] weights2 = new float[k * hid];
      float[] bias2 = new float[k];
      for (int i = 0; i < b1; i++) {
        w1[i] = (float) p[i];
      }
      for (int j = 0; j < hid; j++) {
        bias1[j] = (float) p[b1 + j];
      }
      for (int i = 0; i < k * hid; i++) {
        weights2[i] = (float) p[w2 + i];
      }
      for (int c = 0; c < k; c++) {
        bias2[c] = (float) p[b2 + c];
      }
      return new MlpModel(
          new SoftmaxModel(hid, dim, w1, bias1), new SoftmaxModel(k, hid, weights2, bias2));
    }
  }
}
