package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.Metrics;
import dev.affectrec.emotion.text.head.MlpModel;
import dev.affectrec.emotion.text.head.ProbabilityModel;
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
 * Trains one task head and tunes it on the dev split only: the embedding half is a logistic
 * regression or, when {@link TrainConfig#mlp()} is enabled and it scores higher on dev after the
 * same tuning, a one-hidden-layer MLP (whose epoch count is chosen on a held-out cut of train, not
 * on dev); the mixing weight and (multi-label) the threshold maximise the task's headline metric;
 * the temperature minimises the log-loss on the even-indexed half of dev, and the calibration error
 * is reported on the odd-indexed half. Stateless apart from its configuration.
 */
public final class HeadTrainer {
  /**
   * Embedding weights tried, none below 0.35: the TF-IDF half learns a corpus's confounds (in the
   * shopping reviews "这个手机" mostly opens a complaint, so TF-IDF alone reads "这个手机真的太好了" negative)
   * that a dev split of the same corpus rewards, while the embedding half reads plain sentences and
   * other domains. No shipped head had chosen less before the floor but {@code polarity-zh} (TF-IDF
   * alone).
   */
  static final double[] WEIGHTS = {0.35, 0.5, 0.65, 0.8, 1};

  private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
  private static final double[] PRIOR_POWERS = {0, 0.25, 0.5, 0.75, 1};

  private final TrainConfig config;

  /** Trains with {@code config}. */
  public HeadTrainer(TrainConfig config) {
    this.config = config;
  }

  /** Inputs of one split: embedding rows, TF-IDF rows and gold label sets, aligned. */
  public record SplitRows(List<SparseRow> embedding, List<SparseRow> tfidf, List<int[]> gold) {}

  /** A trained head with its dev metrics. */
  public record Trained(
      TextHead head, ClassificationReport dev, double heldOutEce, Map<String, Double> metrics) {}

  /**
   * Trains on {@code embTrain} (embedding head) and {@code tfidfTrain} (TF-IDF head, usually more
   * rows) and tunes on {@code dev}.
   */
  public Trained train(
      TextDataset ds,
      SplitRows embTrain,
      SplitRows tfidfTrain,
      SplitRows dev,
      int embDim,
      int vocab) {
    int k = ds.labels().size();
    int iterations = config.iterations(ds.name());
    SoftmaxModel lr =
        quantised(
            new SoftmaxTrainer(config.embeddingL2(), iterations, 2 * config.threads())
                .train(embTrain.embedding(), targets(embTrain.gold(), k), embDim, k));
    SoftmaxModel tfidf =
        quantised(
            new SoftmaxTrainer(config.tfidfL2(), iterations, 2 * config.threads())
                .train(tfidfTrain.tfidf(), targets(tfidfTrain.gold(), k), vocab, k));
    List<double[]> pt = probabilities(tfidf, dev.tfidf());
    double[] logPrior = logPrior(tfidfTrain.gold(), k);
    ProbabilityModel emb = lr;
    List<double[]> pe = probabilities(lr, dev.embedding());
    Tuning tuning = tune(ds, pe, pt, dev.gold(), logPrior);
    Map<String, Double> metrics = new TreeMap<>();
    String p = ds.name() + ".dev.";
    if (config.mlp().triesOn(ds.name())) {
      MlpTrainer.Result mlp =
          new MlpTrainer(config.mlp(), config.seed(), 2 * config.threads())
              .train(embTrain.embedding(), targets(embTrain.gold(), k), embDim, k);
      MlpModel mlpModel = QuantisedWeights.roundTrip(mlp.model());
      List<double[]> pm = probabilities(mlpModel, dev.embedding());
      Tuning mlpTuning = tune(ds, pm, pt, dev.gold(), logPrior);
      metrics.put(p + "logisticRegression.headline", tuning.score());
      metrics.put(p + "mlp.headline", mlpTuning.score());
      metrics.put(p + "mlp.epochs", (double) mlp.epochs());
      metrics.put(p + "mlp.validationLoss", mlp.validationLoss());
      if (mlpTuning.score() > tuning.score() + 1e-9) {
        emb = mlpModel;
        pe = pm;
        tuning = mlpTuning;
      }
    }
    metrics.put(p + "embeddingMlp", emb instanceof MlpModel ? 1.0 : 0.0);
    double bestWeight = tuning.weight();
    double bestThreshold = tuning.threshold();
    double[] bestAdjustment = tuning.adjustment();
    List<double[]> mixed = adjustAll(mixAll(pe, pt, bestWeight), bestAdjustment);
    double temperature = Calibration.fitTemperature(half(mixed, 0), half(dev.gold(), 0), k);
    List<double[]> tempered = Calibration.temperAll(mixed, temperature);
    if (ds.multiLabel()) {
      double best = -1;
      for (double t : THRESHOLDS) {
        double score = headline(ds, Metrics.report(ds.labels(), tempered, dev.gold(), t));
        if (score > best + 1e-9) {
          best = score;
          bestThreshold = t;
        }
      }
    }
    ClassificationReport report = Metrics.report(ds.labels(), tempered, dev.gold(), bestThreshold);
    double heldOutEce = Metrics.ece(half(tempered, 1), half(dev.gold(), 1));
    TextHead head =
        new TextHead(
            ds.name(),
            ds.labels(),
            ds.multiLabel(),
            emb,
            tfidf,
            bestWeight,
            temperature,
            Double.isNaN(bestThreshold) ? 0 : bestThreshold,
            bestAdjustment);
    metrics.put(p + "accuracy", report.accuracy());
    metrics.put(p + "macroF1", report.macroF1());
    metrics.put(p + "eceHeldOutHalf", heldOutEce);
    metrics.put(p + "eceUncalibrated", Metrics.ece(half(mixed, 1), half(dev.gold(), 1)));
    metrics.put(
        p + "embeddingOnly.headline",
        headline(ds, Metrics.report(ds.labels(), pe, dev.gold(), bestThreshold)));
    metrics.put(
        p + "tfidfOnly.headline",
        headline(ds, Metrics.report(ds.labels(), pt, dev.gold(), bestThreshold)));
    metrics.put(p + "embeddingWeight", bestWeight);
    metrics.put(p + "priorPower", logPrior[0] == 0 ? 0 : bestAdjustment[0] / -logPrior[0]);
    metrics.put(p + "temperature", temperature);
    if (ds.multiLabel()) {
      metrics.put(p + "threshold", bestThreshold);
    }
    return new Trained(head, report, heldOutEce, metrics);
  }

  /** The tuned mix of one embedding model with the TF-IDF model, and its dev headline. */
  private record Tuning(double score, double weight, double threshold, double[] adjustment) {}

  /**
   * Chooses the mixing weight, the prior-correction power and (multi-label) the threshold that
   * maximise the dev headline of the mix of {@code pe} (embedding) and {@code pt} (TF-IDF).
   */
  private static Tuning tune(
      TextDataset ds, List<double[]> pe, List<double[]> pt, List<int[]> gold, double[] logPrior) {
    double bestScore = -1;
    double bestWeight = 0.5;
    double bestThreshold = Double.NaN;
    double[] bestAdjustment = new double[logPrior.length];
    for (double w : WEIGHTS) {
      for (double power : PRIOR_POWERS) {
        double[] adjustment = scaled(logPrior, -power);
        List<double[]> mixed = adjustAll(mixAll(pe, pt, w), adjustment);
        for (double t : ds.multiLabel() ? THRESHOLDS : new double[] {Double.NaN}) {
          double score = headline(ds, Metrics.report(ds.labels(), mixed, gold, t));
          if (score > bestScore + 1e-9) {
            bestScore = score;
            bestWeight = w;
            bestThreshold = t;
            bestAdjustment = adjustment;
          }
        }
      }
    }
    return new Tuning(bestScore, bestWeight, bestThreshold, bestAdjustment);
  }

  private static List<double[]> probabilities(ProbabilityModel model, List<SparseRow> rows) {
    List<double[]> out = new ArrayList<>(rows.size());
    for (SparseRow row : rows) {
      out.add(model.probabilities(row));
    }
    return out;
  }

  /** Accuracy for binary sentiment sets, macro-F1 for emotion sets. */
  public static double headline(TextDataset ds, ClassificationReport r) {
    return ds.labels().size() == 2 ? r.accuracy() : r.macroF1();
  }

  /** Soft targets: uniform over each example's gold labels. */
  static List<double[]> targets(List<int[]> gold, int k) {
    List<double[]> out = new ArrayList<>(gold.size());
    for (int[] g : gold) {
      double[] t = new double[k];
      for (int label : g) {
        t[label] += 1.0 / g.length;
      }
      out.add(t);
    }
    return out;
  }

  /** Gold label sets of examples. */
  public static List<int[]> gold(List<Example> examples) {
    return examples.stream().map(Example::labels).toList();
  }

  private static List<double[]> mixAll(List<double[]> a, List<double[]> b, double w) {
    List<double[]> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(TextHead.mix(a.get(i), b.get(i), w));
    }
    return out;
  }

  private static double[] logPrior(List<int[]> gold, int k) {
    double[] counts = new double[k];
    for (double[] t : targets(gold, k)) {
      for (int c = 0; c < k; c++) {
        counts[c] += t[c];
      }
    }
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = Math.log((counts[c] + 1) / (gold.size() + k));
    }
    return out;
  }

  private static double[] scaled(double[] v, double factor) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * factor;
    }
    return out;
  }

  private static List<double[]> adjustAll(List<double[]> ps, double[] adjustment) {
    List<double[]> out = new ArrayList<>(ps.size());
    for (double[] p : ps) {
      out.add(TextHead.adjust(p, adjustment));
    }
    return out;
  }

  private static <T> List<T> half(List<T> list, int parity) {
    List<T> out = new ArrayList<>();
    for (int i = parity; i < list.size(); i += 2) {
      out.add(list.get(i));
    }
    return out;
  }

  private static SoftmaxModel quantised(SoftmaxModel model) {
    return QuantisedWeights.roundTrip(model);
  }
}
