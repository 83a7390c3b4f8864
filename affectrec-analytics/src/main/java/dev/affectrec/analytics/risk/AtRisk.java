package dev.affectrec.analytics.risk;

import dev.affectrec.analytics.ReadReview;
import dev.affectrec.analytics.ReviewLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts that a user's next review will be 1-2 stars, and measures that prediction.
 *
 * <p>Examples: every rated review that has at least {@value #MIN_HISTORY} reviews of the same user
 * strictly before it in time; its features come from those reviews only ({@link RiskFeatures}), so
 * reviews written at the same time (the same day, for Amazon) never see each other.
 *
 * <p>Evaluation protocol (fixed; docs/EVALUATION.md): examples are ordered by time; the first
 * {@value #TRAIN_SHARE} of them (by count) train a {@link LogisticModel} on the full features and
 * another on the ratings-only features, and both are scored by ROC AUC on the later rest (dev),
 * with a 95% percentile bootstrap interval (1,000 resamples of dev, seed 19). Stateless.
 */
public final class AtRisk {
  /** Earlier reviews a target needs. */
  public static final int MIN_HISTORY = 1;

  /** Share of examples (the oldest) that train in the evaluation. */
  public static final double TRAIN_SHARE = 0.8;

  private AtRisk() {}

  /** The result of {@link #evaluate}. */
  public record Evaluation(
      int trainExamples,
      int trainLow,
      int devExamples,
      int devLow,
      Instant devFrom,
      double aucFull,
      double aucRatingsOnly,
      double[] aucFullInterval,
      double[] aucRatingsOnlyInterval) {}

  /** A user's predicted probability that their next review is 1-2 stars. */
  public record UserRisk(String user, double risk, int reviews, double lastValence) {}

  /** Every example of {@code log}, oldest target first (ties by user). */
  public static List<RiskExample> examples(ReviewLog log) {
    List<RiskExample> out = new ArrayList<>();
    byUser(log)
        .forEach(
            (user, reviews) -> {
              int before = 0; // reviews strictly older than the target (Amazon times are days)
              for (int i = 0; i < reviews.size(); i++) {
                ReadReview target = reviews.get(i);
                while (reviews.get(before).time().isBefore(target.time())) {
                  before++;
                }
                if (target.rating() == null || before < MIN_HISTORY) {
                  continue;
                }
                List<ReadReview> history = reviews.subList(0, before);
                out.add(
                    new RiskExample(
                        user,
                        target.time(),
                        RiskFeatures.full(history, target.time()),
                        RiskFeatures.ratings(history),
                        target.rating() <= 2 ? 1 : 0));
              }
            });
    out.sort(Comparator.comparing(RiskExample::time).thenComparing(RiskExample::user));
    return out;
  }

  /**
   * Runs the evaluation protocol.
   *
   * @throws IllegalArgumentException when train or dev lacks a class
   */
  public static Evaluation evaluate(ReviewLog log) {
    List<RiskExample> all = examples(log);
    int cut = (int) Math.round(all.size() * TRAIN_SHARE);
    List<RiskExample> train = all.subList(0, cut);
    List<RiskExample> dev = all.subList(cut, all.size());
    if (train.isEmpty() || dev.isEmpty()) {
      throw new IllegalArgumentException("too few examples to evaluate: " + all.size());
    }
    LogisticModel full = LogisticModel.fit(matrix(train, true), labels(train));
    LogisticModel ratings = LogisticModel.fit(matrix(train, false), labels(train));
    int[] devLabels = labels(dev);
    double[] fullScores = new double[dev.size()];
    double[] ratingScores = new double[dev.size()];
    for (int i = 0; i < dev.size(); i++) {
      fullScores[i] = full.probability(dev.get(i).full());
      ratingScores[i] = ratings.probability(dev.get(i).ratings());
    }
    return new Evaluation(
        train.size(),
        sum(labels(train)),
        dev.size(),
        sum(devLabels),
        dev.get(0).time(),
        RocAuc.of(fullScores, devLabels),
        RocAuc.of(ratingScores, devLabels),
        RocAuc.bootstrapInterval(fullScores, devLabels),
        RocAuc.bootstrapInterval(ratingScores, devLabels));
  }

  /**
   * The {@code limit} users most likely to write a 1-2 star review next, most at risk first (ties
   * by user), by a model fitted on every example of {@code log}; users with fewer than {@value
   * #MIN_HISTORY} reviews are not ranked. Empty when the log has no example of both classes.
   */
  public static List<UserRisk> rank(ReviewLog log, int limit) {
    List<RiskExample> all = examples(log);
    int low = sum(labels(all));
    if (low == 0 || low == all.size() || log.newestEvent().isEmpty()) {
      return List.of();
    }
    LogisticModel model = LogisticModel.fit(matrix(all, true), labels(all));
    Instant now = log.newest();
    List<UserRisk> out = new ArrayList<>();
    byUser(log)
        .forEach(
            (user, reviews) -> {
              if (reviews.size() >= MIN_HISTORY) {
                out.add(
                    new UserRisk(
                        user,
                        model.probability(RiskFeatures.full(reviews, now)),
                        reviews.size(),
                        reviews.get(reviews.size() - 1).reading().valence()));
              }
            });
    out.sort(Comparator.comparingDouble(UserRisk::risk).reversed().thenComparing(UserRisk::user));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static Map<String, List<ReadReview>> byUser(ReviewLog log) {
    Map<String, List<ReadReview>> byUser = new LinkedHashMap<>();
    for (ReadReview r : log.reviews()) {
      byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r);
    }
    return byUser;
  }

  private static double[][] matrix(List<RiskExample> examples, boolean full) {
    return examples.stream().map(e -> full ? e.full() : e.ratings()).toArray(double[][]::new);
  }

  private static int[] labels(List<RiskExample> examples) {
    return examples.stream().mapToInt(RiskExample::low).toArray();
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
