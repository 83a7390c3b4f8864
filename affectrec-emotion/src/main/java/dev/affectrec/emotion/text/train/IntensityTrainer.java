package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.eval.RegressionMetrics;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.QuantisedWeights;
import dev.affectrec.emotion.text.head.SoftmaxModel;
import dev.affectrec.emotion.text.head.SoftmaxTrainer;
import dev.affectrec.emotion.text.head.SparseRow;
import dev.affectrec.emotion.text.head.TextHead;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the intensity head: an embedding and a TF-IDF logistic regression on soft targets {@code
 * [1 - y, y]}, averaged with the weight that maximises Pearson r on the even-indexed half of dev.
 * Dev metrics: Pearson r and mean absolute error on the whole dev split and on the odd-indexed half
 * (untouched by the tuning), per source, and the same for the derived formula when its values are
 * given. Stateless apart from its configuration.
 */
public final class IntensityTrainer {
  private final TrainConfig config;

  /** Trains with {@code config}'s L2 penalties, iterations and threads. */
  public IntensityTrainer(TrainConfig config) {
    this.config = config;
  }

  /**
   * Inputs of one split, aligned.
   *
   * @param targets gold intensities in [0, 1]
   * @param sources the corpus of each row, for per-source metrics
   */
  public record Rows(
      List<SparseRow> embedding, List<SparseRow> tfidf, double[] targets, List<String> sources) {}

  /** The trained head and its dev metrics (keys {@code intensity.dev.*}). */
  public record Trained(TextHead head, Map<String, Double> metrics) {}

  /**
   * Trains on {@code train} and tunes on the even half of {@code dev}.
   *
   * @param formulaDev the derived intensity of every dev row, for comparison; null to skip it
   */
  public Trained train(Rows train, Rows dev, double[] formulaDev, int embDim, int vocab) {
    List<double[]> targets = new ArrayList<>(train.targets().length);
    for (double y : train.targets()) {
      targets.add(new double[] {1 - y, y});
    }
    SoftmaxModel emb =
        QuantisedWeights.roundTrip(
            new SoftmaxTrainer(config.embeddingL2(), config.iterations(), 2 * config.threads())
                .train(train.embedding(), targets, embDim, 2));
    SoftmaxModel tfidf =
        QuantisedWeights.roundTrip(
            new SoftmaxTrainer(config.tfidfL2(), config.iterations(), 2 * config.threads())
                .train(train.tfidf(), targets, vocab, 2));
    double bestWeight = 1;
    double bestR = Double.NEGATIVE_INFINITY;
    for (double w : HeadTrainer.WEIGHTS) {
      double r =
          RegressionMetrics.pearson(
              half(predict(Intensity.head(emb, tfidf, w), dev), 0), half(dev.targets(), 0));
      if (r > bestR + 1e-9) {
        bestR = r;
        bestWeight = w;
      }
    }
    TextHead head = Intensity.head(emb, tfidf, bestWeight);
    String p = Intensity.TASK + ".dev.";
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put(p + "embeddingWeight", bestWeight);
    metrics.put(p + "examples", (double) dev.targets().length);
    score(metrics, p, predict(head, dev), dev);
    score(metrics, p + "embeddingOnly.", predict(Intensity.head(emb, tfidf, 1), dev), dev);
    if (formulaDev != null) {
      score(metrics, p + "formula.", formulaDev, dev);
    }
    return new Trained(head, metrics);
  }

  private static void score(Map<String, Double> metrics, String prefix, double[] y, Rows dev) {
    double[] gold = dev.targets();
    metrics.put(prefix + "pearson", RegressionMetrics.pearson(y, gold));
    metrics.put(prefix + "mae", RegressionMetrics.meanAbsoluteError(y, gold));
    metrics.put(prefix + "pearsonOddHalf", RegressionMetrics.pearson(half(y, 1), half(gold, 1)));
    for (String source : new java.util.TreeSet<>(dev.sources())) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < gold.length; i++) {
        if (dev.sources().get(i).equals(source)) {
          idx.add(i);
        }
      }
      if (idx.size() >= 2) {
        metrics.put(
            prefix + "pearson." + source, RegressionMetrics.pearson(pick(y, idx), pick(gold, idx)));
      }
    }
  }

  private static double[] predict(TextHead head, Rows rows) {
    double[] out = new double[rows.targets().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Intensity.predict(head, rows.embedding().get(i), rows.tfidf().get(i));
    }
    return out;
  }

  private static double[] pick(double[] v, List<Integer> idx) {
    double[] out = new double[idx.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v[idx.get(i)];
    }
    return out;
  }

  private static double[] half(double[] v, int parity) {
    double[] out = new double[(v.length - parity + 1) / 2];
    for (int i = parity, j = 0; i < v.length; i += 2, j++) {
      out[j] = v[i];
    }
    return out;
  }
}
