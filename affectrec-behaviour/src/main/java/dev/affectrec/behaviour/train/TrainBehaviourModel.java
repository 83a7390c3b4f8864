package dev.affectrec.behaviour.train;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.Feature;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.behaviour.model.BehaviourTrainer;
import dev.affectrec.behaviour.model.LabelledSession;
import dev.affectrec.behaviour.model.StarRatingLabels;
import dev.affectrec.behaviour.model.TrainerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains and evaluates the behaviour polarity model by hand:
 *
 * <pre>
 * java -cp ... dev.affectrec.behaviour.train.TrainBehaviourModel SHARED_DIR OUT_MODEL_FILE [--balanced]
 * </pre>
 *
 * <p>Reads Amazon All Beauty 5-core and MovieLens 100K from {@code SHARED_DIR/data}, cuts sessions
 * (30-minute gap), labels them with the star-rating proxy, splits 80/20 by user (seed 42, per
 * dataset), trains one forest on both training parts, prints dev accuracy and macro-F1 per dataset
 * against the majority class of that dataset's training part and against the polarity of the user's
 * mean rating before the session, prints the DIGINETICA gap quantiles, and writes the model with
 * its provenance. With {@code --balanced} classes are weighted inversely to their frequency.
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
    Path diginetica = data.resolve("diginetica-session-sample/sample_train-item-views.csv");

    DigineticaTiming timing = DigineticaTiming.read(diginetica);
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

    Sessioniser sessioniser = new Sessioniser(SessionConfig.defaults());
    FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());
    StarRatingLabels labels = new StarRatingLabels();
    Map<String, List<Event>> logs = new LinkedHashMap<>();
    logs.put("amazon-all-beauty", AmazonReviews.read(amazon));
    logs.put("movielens-100k", MovieLensRatings.read(movielens));

    List<LabelledSession> train = new ArrayList<>();
    Map<String, List<LabelledSession>> dev = new LinkedHashMap<>();
    Map<String, Polarity> majority = new LinkedHashMap<>();
    for (Map.Entry<String, List<Event>> log : logs.entrySet()) {
      List<LabelledSession> examples =
          SessionExamples.build(log.getValue(), sessioniser, extractor, labels);
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
      majority.put(log.getKey(), majorityOf(trainPart));
      System.out.printf(
          Locale.ROOT,
          "%s: %d events, %d labelled sessions (train %d, dev %d, dev users %d); train labels %s%n",
          log.getKey(),
          log.getValue().size(),
          examples.size(),
          trainPart.size(),
          devPart.size(),
          devUsers.size(),
          counts(trainPart));
    }

    long start = System.nanoTime();
    BehaviourTrainer trainer =
        new BehaviourTrainer(TrainerConfig.defaults().withBalanceClasses(balanced));
    Map<String, String> datasets = new TreeMap<>();
    datasets.put("amazon-all-beauty-5core-2018", sha256(amazon));
    datasets.put("movielens-100k/u.data", sha256(movielens));
    BehaviourModel model = trainer.train(train, labels.name(), datasets, Map.of());
    System.out.printf(
        Locale.ROOT,
        "trained on %d sessions in %.1f s%n",
        train.size(),
        (System.nanoTime() - start) / 1e9);

    Map<String, Double> metrics = new TreeMap<>();
    for (Map.Entry<String, List<LabelledSession>> part : dev.entrySet()) {
      List<Polarity> gold = part.getValue().stream().map(LabelledSession::label).toList();
      List<Polarity> predicted =
          part.getValue().stream().map(e -> model.predict(e.features()).label()).toList();
      List<Polarity> baseline = gold.stream().map(g -> majority.get(part.getKey())).toList();
      double acc = Metrics.accuracy(gold, predicted);
      double f1 = Metrics.macroF1(gold, predicted);
      List<Polarity> priorMean =
          part.getValue().stream()
              .map(
                  e ->
                      e.features().get(Feature.USER_PRIOR_SESSIONS) > 0
                          ? StarRatingLabels.ofStars(
                              e.features().get(Feature.USER_PRIOR_MEAN_RATING))
                          : majority.get(part.getKey()))
              .toList();
      double priorAcc = Metrics.accuracy(gold, priorMean);
      double priorF1 = Metrics.macroF1(gold, priorMean);
      metrics.put(part.getKey() + ".dev.priorMean.accuracy", priorAcc);
      metrics.put(part.getKey() + ".dev.priorMean.macroF1", priorF1);
      double baseAcc = Metrics.accuracy(gold, baseline);
      double baseF1 = Metrics.macroF1(gold, baseline);
      metrics.put(part.getKey() + ".dev.accuracy", acc);
      metrics.put(part.getKey() + ".dev.macroF1", f1);
      metrics.put(part.getKey() + ".dev.majority.accuracy", baseAcc);
      metrics.put(part.getKey() + ".dev.majority.macroF1", baseF1);
      System.out.printf(
          Locale.ROOT,
          "%s dev (%d sessions, labels %s): forest accuracy %.4f macro-F1 %.4f | majority (%s)"
              + " accuracy %.4f macro-F1 %.4f | user prior mean accuracy %.4f macro-F1 %.4f%n",
          part.getKey(),
          gold.size(),
          counts(part.getValue()),
          acc,
          f1,
          majority.get(part.getKey()).wireName(),
          baseAcc,
          baseF1,
          priorAcc,
          priorF1);
    }
    Path out = Path.of(args[1]);
    model.withMetrics(metrics).save(out);
    System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
  }

  private static Polarity majorityOf(List<LabelledSession> examples) {
    Map<Polarity, Integer> counts = counts(examples);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static Map<Polarity, Integer> counts(List<LabelledSession> examples) {
    Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    for (Polarity p : Polarity.values()) {
      counts.put(p, 0);
    }
    examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
    return counts;
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
