package dev.affectrec.bench.vision;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How two networks' readings of the same photos are combined, and how the combination's parameters
 * are chosen and cross-validated on labelled photos: a weighted average of their probabilities,
 * optionally each sharpened or flattened by a temperature, optionally with a per-class log bias
 * (which moves decisions toward classes the networks under-predict). Parameters are chosen on
 * training folds only. Stateless.
 */
final class EnsembleFit {
  static final int FOLDS = 5;
  static final long SEED = 20;
  private static final double[] TEMPERATURES = {0.5, 0.75, 1, 1.5, 2};
  private static final double[] BIAS_STEPS = {-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1};

  private EnsembleFit() {}

  /** One labelled photo's two readings (each a probability vector). */
  record Photo(int gold, double[] a, double[] b) {}

  /**
   * The combination: weight of reading a, temperatures of a and b, and per-class log biases (all 0
   * for none).
   */
  record Mix(double weightA, double temperatureA, double temperatureB, double[] bias) {
    static Mix weighted(double weightA) {
      return new Mix(weightA, 1, 1, new double[Emotion.COUNT]);
    }

    double[] apply(Photo p) {
      double[] a = tempered(p.a(), temperatureA);
      double[] b = tempered(p.b(), temperatureB);
      double[] out = new double[a.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = (weightA * a[k] + (1 - weightA) * b[k]) * Math.exp(bias[k]);
      }
      return out;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "w %.2f, T %.2f/%.2f, bias %s",
          weightA,
          temperatureA,
          temperatureB,
          Arrays.toString(bias));
    }
  }

  /** What is chosen on training photos. */
  enum Search {
    /** The weight alone, by log-likelihood of the gold label. */
    WEIGHT,
    /** Weight and both temperatures, by log-likelihood. */
    TEMPERATURE,
    /** The weight by log-likelihood, then per-class biases by macro-F1 (coordinate ascent). */
    CLASS_BIAS,
    /**
     * The weight by log-likelihood, then per-class biases that correct the prior: log of each
     * class's share of the gold labels minus log of its mean combined probability (no search).
     */
    PRIOR
  }

  static double[] tempered(double[] p, double temperature) {
    if (temperature == 1) {
      return p;
    }
    double[] out = new double[p.length];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      out[k] = Math.pow(Math.max(p[k], 1e-9), 1 / temperature);
      sum += out[k];
    }
    for (int k = 0; k < p.length; k++) {
      out[k] /= sum;
    }
    return out;
  }

  /** The best combination on {@code photos} for {@code search}. */
  static Mix choose(List<Photo> photos, Search search) {
    Mix best = Mix.weighted(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] temperatures = search == Search.TEMPERATURE ? TEMPERATURES : new double[] {1};
    for (double ta : temperatures) {
      for (double tb : temperatures) {
        for (int step = 0; step <= 20; step++) {
          Mix mix = new Mix(step / 20.0, ta, tb, new double[Emotion.COUNT]);
          double score = logLikelihood(photos, mix);
          if (score > bestScore + 1e-12) {
            bestScore = score;
            best = mix;
          }
        }
      }
    }
    return switch (search) {
      case CLASS_BIAS -> withClassBias(photos, best);
      case PRIOR -> withPriorCorrection(photos, best);
      default -> best;
    };
  }

  private static Mix withPriorCorrection(List<Photo> photos, Mix start) {
    double[] gold = new double[Emotion.COUNT];
    double[] predicted = new double[Emotion.COUNT];
    for (Photo p : photos) {
      gold[p.gold()] += 1.0 / photos.size();
      double[] q = start.apply(p);
      double sum = Arrays.stream(q).sum();
      for (int k = 0; k < q.length; k++) {
        predicted[k] += q[k] / sum / photos.size();
      }
    }
    double[] bias = new double[Emotion.COUNT];
    for (int k = 0; k < bias.length; k++) {
      bias[k] = Math.log(Math.max(gold[k], 1e-3)) - Math.log(Math.max(predicted[k], 1e-3));
    }
    return new Mix(start.weightA(), 1, 1, bias);
  }

  private static double logLikelihood(List<Photo> photos, Mix mix) {
    double score = 0;
    for (Photo p : photos) {
      double[] q = mix.apply(p);
      score += Math.log(1e-6 + q[p.gold()] / Arrays.stream(q).sum());
    }
    return score;
  }

  /** Two rounds of coordinate ascent on macro-F1 over each class's log bias. */
  private static Mix withClassBias(List<Photo> photos, Mix start) {
    double[] bias = new double[Emotion.COUNT];
    double best = score(photos, start).macroF1();
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < bias.length; k++) {
        double keep = bias[k];
        for (double step : BIAS_STEPS) {
          bias[k] = step;
          double f1 = score(photos, new Mix(start.weightA(), 1, 1, bias.clone())).macroF1();
          if (f1 > best + 1e-9) {
            best = f1;
            keep = step;
          }
        }
        bias[k] = keep;
      }
    }
    return new Mix(start.weightA(), 1, 1, bias);
  }

  /** The combination applied to {@code photos}, scored. */
  static ClassificationReport score(List<Photo> photos, Mix mix) {
    return score(photos.stream().map(mix::apply).toList(), photos);
  }

  /** Each photo's combined reading with the parameters chosen on the other folds (seed 20). */
  static List<double[]> crossValidated(List<Photo> photos, Search search) {
    int[] fold = new int[photos.size()];
    Random random = new Random(SEED);
    for (int i = 0; i < fold.length; i++) {
      fold[i] = random.nextInt(FOLDS);
    }
    double[][] predicted = new double[photos.size()][];
    for (int f = 0; f < FOLDS; f++) {
      List<Photo> train = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] != f) {
          train.add(photos.get(i));
        }
      }
      Mix mix = choose(train, search);
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          predicted[i] = mix.apply(photos.get(i));
        }
      }
    }
    return List.of(predicted);
  }

  static ClassificationReport score(List<double[]> probabilities, List<Photo> photos) {
    List<String> labels = Arrays.stream(Emotion.values()).map(Emotion::wireName).toList();
    List<int[]> gold = photos.stream().map(o -> new int[] {o.gold()}).toList();
    return Metrics.report(labels, probabilities, gold, Double.NaN);
  }
}
