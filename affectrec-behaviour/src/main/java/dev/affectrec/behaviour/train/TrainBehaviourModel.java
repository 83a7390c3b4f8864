package dev.affectrec.behaviour.train;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.Feature;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.behaviour.model.BehaviourTrainer;
import dev.affectrec.behaviour.model.LabelledSession;
import dev.affectrec.behaviour.model.SessionOutcome;
import dev.affectrec.behaviour.model.TrainerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Trains and evaluates the behaviour model by hand:
 *
 * <pre>
 * java -cp ... dev.affectrec.behaviour.train.TrainBehaviourModel SHARED_DIR OUT_MODEL_FILE [--balanced]
 * </pre>
 *
 * <p>Reads Amazon All Beauty 5-core and MovieLens 100K from {@code SHARED_DIR/data}, cuts sessions
 * (30-minute gap), labels each by its {@link SessionOutcome} (satisfied or unsatisfied, from the
 * behaviour before the outcome), splits 80/20 by user (seed 42, per dataset), trains one forest and
 * one {@link LogisticRegression} baseline on both training parts, and prints dev ROC AUC and
 * macro-F1 per dataset and pooled, for the forest, the baseline, the majority class of the training
 * part and the model currently shipped in the jar (AUC only). A session is called satisfied when
 * its score reaches the share of satisfied sessions in the training part (a fixed rule, not tuned
 * on dev). Writes the model with these numbers and its learned fusion reliability ({@link
 * #reliability}) in its provenance. With {@code --balanced} classes are weighted inversely to their
 * frequency.
 */
public final class TrainBehaviourModel {
  private static final long SEED = 42L;
  private static final double DEV_FRACTION = 0.2;

  private TrainBehaviourModel() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws Exception {
    boolean balanced = args.length == 3 && args[2].equals("--balanced");
    if (args.length != 2 && !balanced) {
      System.err.println("usage: TrainBehaviourModel SHARED_DIR OUT_MODEL_FILE [--balanced]");
      System.exit(2);
    }
    Path data = Path.of(args[0]).resolve("data");
    Path amazon = data.resolve("amazon-all-beauty-5core-2018/All_Beauty_5.json.gz");
    Path movielens = data.resolve("movielens-100k/u.data");
    printDigineticaTiming(data.resolve("diginetica-session-sample/sample_train-item-views.csv"));

    Sessioniser sessioniser = new Sessioniser(SessionConfig.defaults());
    FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());
    Map<String, List<Event>> logs = new LinkedHashMap<>();
    logs.put("amazon-all-beauty", AmazonReviews.read(amazon));
    logs.put("movielens-100k", MovieLensRatings.read(movielens));

    List<LabelledSession> train = new ArrayList<>();
    Map<String, List<LabelledSession>> dev = new LinkedHashMap<>();
    for (Map.Entry<String, List<Event>> log : logs.entrySet()) {
      List<LabelledSession> examples =
          SessionExamples.build(log.getValue(), sessioniser, extractor);
      Set<String> devUsers =
          UserSplit.devUsers(
              examples.stream().map(LabelledSession::user).toList(), DEV_FRACTION, SEED);
      List<LabelledSession> trainPart = new ArrayList<>();
      List<LabelledSession> devPart = new ArrayList<>();
      for (LabelledSession example : examples) {
        (devUsers.contains(example.user()) ? devPart : trainPart).add(example);
      }
      train.addAll(trainPart);
      dev.put(log.getKey(), devPart);
      System.out.printf(
          Locale.ROOT,
          "%s: %d events, %d sessions with an outcome (train %d, dev %d, dev users %d);"
              + " satisfied share train %.4f dev %.4f; dev sessions with behaviour before the"
              + " outcome %d%n",
          log.getKey(),
          log.getValue().size(),
          examples.size(),
          trainPart.size(),
          devPart.size(),
          devUsers.size(),
          satisfiedShare(trainPart),
          satisfiedShare(devPart),
          withBehaviour(devPart).size());
    }
    List<LabelledSession> pooled = new ArrayList<>();
    dev.values().forEach(pooled::addAll);
    dev.put("pooled", pooled);
    dev.put("pooled-with-behaviour", withBehaviour(pooled));

    long start = System.nanoTime();
    Map<String, String> datasets = new TreeMap<>();
    datasets.put("amazon-all-beauty-5core-2018", sha256(amazon));
    datasets.put("movielens-100k/u.data", sha256(movielens));
    BehaviourModel model =
        new BehaviourTrainer(TrainerConfig.defaults().withBalanceClasses(balanced))
            .train(train, SessionOutcome.TARGET, datasets, Map.of());
    LogisticRegression logistic = LogisticRegression.fit(train);
    System.out.printf(
        Locale.ROOT,
        "trained the forest and the logistic regression on %d sessions in %.1f s%n",
        train.size(),
        (System.nanoTime() - start) / 1e9);
    BehaviourModel shipped = BehaviourModel.loadDefault();

    double threshold = satisfiedShare(train);
    Polarity majority = threshold >= 0.5 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("threshold", threshold);
    for (Map.Entry<String, List<LabelledSession>> part : dev.entrySet()) {
      List<LabelledSession> examples = part.getValue();
      List<Polarity> gold = examples.stream().map(LabelledSession::label).toList();
      double[] forest = scores(examples, e -> model.predict(e.features()).positive());
      double[] baseline = scores(examples, logistic::probability);
      double[] current = scores(examples, e -> margin(shipped.predict(e.features())));
      double forestF1 = Metrics.macroF1(gold, decide(forest, threshold));
      double logisticF1 = Metrics.macroF1(gold, decide(baseline, threshold));
      double majorityF1 = Metrics.macroF1(gold, gold.stream().map(g -> majority).toList());
      String key = part.getKey() + ".dev.";
      metrics.put(key + "sessions", (double) examples.size());
      metrics.put(key + "auc", Metrics.rocAuc(gold, forest));
      metrics.put(key + "macroF1", forestF1);
      metrics.put(key + "logistic.auc", Metrics.rocAuc(gold, baseline));
      metrics.put(key + "logistic.macroF1", logisticF1);
      metrics.put(key + "majority.auc", 0.5);
      metrics.put(key + "majority.macroF1", majorityF1);
      System.out.printf(
          Locale.ROOT,
          "%s dev (%d sessions, satisfied %.4f): forest AUC %.4f macro-F1 %.4f | logistic AUC %.4f"
              + " macro-F1 %.4f | majority (%s) AUC 0.5000 macro-F1 %.4f | shipped model AUC %.4f%n",
          part.getKey(),
          examples.size(),
          satisfiedShare(examples),
          metrics.get(key + "auc"),
          forestF1,
          metrics.get(key + "logistic.auc"),
          logisticF1,
          majority.wireName(),
          majorityF1,
          Metrics.rocAuc(gold, current));
    }
    double reliability = reliability(metrics, logs.keySet());
    metrics.put(BehaviourModel.RELIABILITY_METRIC, reliability);
    boolean beatsLogistic = metrics.get("pooled.dev.auc") > metrics.get("pooled.dev.logistic.auc");
    metrics.put("pooled.dev.beatsLogistic", beatsLogistic ? 1.0 : 0.0);
    System.out.printf(
        Locale.ROOT,
        "fusion reliability (session-weighted mean over datasets of max(0, 2 * dev AUC - 1))"
            + " = %.4f; the forest %s the logistic regression on pooled dev AUC%n",
        reliability,
        beatsLogistic ? "beats" : "does NOT beat");
    Path out = Path.of(args[1]);
    model.withMetrics(metrics).save(out);
    System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
  }

  /**
   * The learned fusion reliability: per dataset {@code max(0, 2 * dev AUC - 1)} (0 at chance, 1 for
   * a perfect ranking), averaged weighted by dev sessions. Per dataset, not pooled: pooling would
   * credit the model for telling the datasets apart (their satisfied shares differ), which says
   * nothing about one shop's sessions.
   */
  static double reliability(Map<String, Double> metrics, Set<String> datasets) {
    double weighted = 0;
    double sessions = 0;
    for (String dataset : datasets) {
      double n = metrics.get(dataset + ".dev.sessions");
      double auc = metrics.get(dataset + ".dev.auc");
      weighted += n * (Double.isNaN(auc) ? 0 : Math.max(0, 2 * auc - 1));
      sessions += n;
    }
    return sessions == 0 ? 0 : weighted / sessions;
  }

  private static void printDigineticaTiming(Path file) throws IOException {
    DigineticaTiming timing = DigineticaTiming.read(file);
    System.out.printf(
        Locale.ROOT,
        "diginetica: %d sessions, %d gaps; gap seconds p25 %.1f p50 %.1f p75 %.1f p90 %.1f"
            + " p99 %.1f max %.1f%n",
        timing.sessions(),
        timing.gapsSeconds().length,
        timing.gapQuantile(0.25),
        timing.gapQuantile(0.5),
        timing.gapQuantile(0.75),
        timing.gapQuantile(0.9),
        timing.gapQuantile(0.99),
        timing.gapQuantile(1.0));
  }

  /** A 3-class model's score of satisfaction: positive minus negative probability. */
  private static double margin(PolarityScores p) {
    return p.positive() - p.negative();
  }

  private static double[] scores(
      List<LabelledSession> examples, ToDoubleFunction<LabelledSession> score) {
    return examples.stream().mapToDouble(score).toArray();
  }

  private static List<Polarity> decide(double[] scores, double threshold) {
    List<Polarity> out = new ArrayList<>(scores.length);
    for (double s : scores) {
      out.add(s >= threshold ? Polarity.POSITIVE : Polarity.NEGATIVE);
    }
    return out;
  }

  private static List<LabelledSession> withBehaviour(List<LabelledSession> examples) {
    return examples.stream().filter(e -> e.features().get(Feature.EVENT_COUNT) > 0).toList();
  }

  private static double satisfiedShare(List<LabelledSession> examples) {
    return examples.stream().filter(e -> e.label() == Polarity.POSITIVE).count()
        / (double) Math.max(1, examples.size());
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
