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
 * <p>Evaluation protocol (fixed; docs/EVALUATION.md): users are shuffled (seed 19) and dealt into
 * {@value #FOLDS} folds. For each fold, the other folds' users are the training users: on them
 * alone {@link RiskModelChoice} picks each feature set's L2 strength on a validation cut of
 * training users and which set to serve; both sets are then fitted on all training users and score
 * the fold's targets. Every target is thus scored once by models that never saw its user. Scores
 * become percentiles within their fold, and the pooled percentiles give each model's ROC AUC with a
 * 95% percentile bootstrap interval (1,000 resamples of the targets, seed 19), and the full model's
 * AUC minus the ratings-only one with a paired interval. Stateless.
 */
public final class AtRisk {
  /** Earlier reviews a target needs. */
  public static final int MIN_HISTORY = 1;

  /** Folds of users in the evaluation. */
  public static final int FOLDS = 5;

  private AtRisk() {}

  /**
   * The result of {@link #evaluate}.
   *
   * @param examples targets scored
   * @param low those that were 1-2 stars
   * @param foldsServingFull in how many of the {@value #FOLDS} folds training users chose the full
   *     features over ratings alone
   * @param aucFull pooled AUC of the full features (ratings, trajectory and behaviour)
   * @param aucRatingsOnly pooled AUC of the ratings-only baseline
   * @param aucServed pooled AUC of whichever set each fold's training users chose to serve
   * @param aucDifferenceInterval paired 95% interval of aucFull - aucRatingsOnly
   */
  public record Evaluation(
      int examples,
      int low,
      int foldsServingFull,
      double aucFull,
      double aucRatingsOnly,
      double aucServed,
      double[] aucFullInterval,
      double[] aucRatingsOnlyInterval,
      double[] aucServedInterval,
      double[] aucDifferenceInterval) {}

  /** A user's predicted probability that their next review is 1-2 stars. */
  public record UserRisk(String user, double risk, int reviews, double lastValence) {}

  /** The ranked users and the model that ranked them ({@link RiskModelChoice.Candidate#name()}). */
  public record Ranking(String model, List<UserRisk> users) {
    /** An empty ranking: nothing could be fitted. */
    static final Ranking NONE = new Ranking("none", List.of());
  }

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
   * @throws IllegalArgumentException when the targets or a fold's training users lack a class
   */
  public static Evaluation evaluate(ReviewLog log) {
    List<RiskExample> all = examples(log);
    if (!RiskModelChoice.bothClasses(all)) {
      throw new IllegalArgumentException(
          "too few examples of both classes to evaluate: " + all.size() + " targets");
    }
    List<String> users = RiskModelChoice.shuffledUsers(all, 19);
    Map<String, Integer> foldOf = new java.util.HashMap<>();
    for (int i = 0; i < users.size(); i++) {
      foldOf.put(users.get(i), i % FOLDS);
    }
    int n = all.size();
    double[] full = new double[n];
    double[] ratings = new double[n];
    double[] served = new double[n];
    int servingFull = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      int f = fold;
      List<RiskExample> train = all.stream().filter(e -> foldOf.get(e.user()) != f).toList();
      if (!RiskModelChoice.bothClasses(train)) {
        throw new IllegalArgumentException("fold " + f + "'s training users lack a class");
      }
      RiskModelChoice choice = RiskModelChoice.choose(train);
      LogisticModel fullModel = choice.full().fit(train);
      LogisticModel ratingsModel = choice.ratings().fit(train);
      boolean serveFull = choice.served().full();
      servingFull += serveFull ? 1 : 0;
      int[] members =
          java.util.stream.IntStream.range(0, n)
              .filter(i -> foldOf.get(all.get(i).user()) == f)
              .toArray();
      for (int i : members) {
        full[i] = fullModel.probability(all.get(i).full());
        ratings[i] = ratingsModel.probability(all.get(i).ratings());
        served[i] = serveFull ? full[i] : ratings[i];
      }
      for (double[] scores : List.of(full, ratings, served)) {
        toPercentiles(scores, members);
      }
    }
    int[] labels = RiskModelChoice.labels(all);
    return new Evaluation(
        n,
        sum(labels),
        servingFull,
        RocAuc.of(full, labels),
        RocAuc.of(ratings, labels),
        RocAuc.of(served, labels),
        RocAuc.bootstrapInterval(full, labels),
        RocAuc.bootstrapInterval(ratings, labels),
        RocAuc.bootstrapInterval(served, labels),
        RocAuc.differenceInterval(full, ratings, labels));
  }

  /**
   * The {@code limit} users most likely to write a 1-2 star review next, most at risk first (ties
   * by user), by the model {@link RiskModelChoice} serves, chosen on every example of {@code log}
   * and then fitted on all of them; users with fewer than {@value #MIN_HISTORY} reviews are not
   * ranked. Empty when the log has no example of both classes.
   */
  public static Ranking rank(ReviewLog log, int limit) {
    List<RiskExample> all = examples(log);
    if (!RiskModelChoice.bothClasses(all) || log.newestEvent().isEmpty()) {
      return Ranking.NONE;
    }
    RiskModelChoice.Candidate served = RiskModelChoice.choose(all).served();
    LogisticModel model = served.fit(all);
    Instant now = log.newest();
    List<UserRisk> out = new ArrayList<>();
    byUser(log)
        .forEach(
            (user, reviews) -> {
              if (reviews.size() >= MIN_HISTORY) {
                double[] features =
                    served.full() ? RiskFeatures.full(reviews, now) : RiskFeatures.ratings(reviews);
                out.add(
                    new UserRisk(
                        user,
                        model.probability(features),
                        reviews.size(),
                        reviews.get(reviews.size() - 1).reading().valence()));
              }
            });
    out.sort(Comparator.comparingDouble(UserRisk::risk).reversed().thenComparing(UserRisk::user));
    return new Ranking(served.name(), List.copyOf(out.subList(0, Math.min(limit, out.size()))));
  }

  private static Map<String, List<ReadReview>> byUser(ReviewLog log) {
    Map<String, List<ReadReview>> byUser = new LinkedHashMap<>();
    for (ReadReview r : log.reviews()) {
      byUser.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r);
    }
    return byUser;
  }

  /**
   * Replaces the scores at {@code members} (one fold) by their mid-rank percentiles within the
   * fold. Pooling raw scores would compare folds whose models differ mainly in their intercept,
   * which follows the training folds' share of 1-2 star targets and so runs opposite to the test
   * fold's: without a signal that alone pushes the pooled AUC below 0.5.
   */
  private static void toPercentiles(double[] scores, int[] members) {
    double[] fold = new double[members.length];
    for (int k = 0; k < members.length; k++) {
      fold[k] = scores[members[k]];
    }
    double[] sorted = fold.clone();
    java.util.Arrays.sort(sorted);
    for (int k = 0; k < members.length; k++) {
      int lo = java.util.Arrays.binarySearch(sorted, fold[k]);
      int first = lo;
      int last = lo;
      while (first > 0 && sorted[first - 1] == fold[k]) {
        first--;
      }
      while (last + 1 < sorted.length && sorted[last + 1] == fold[k]) {
        last++;
      }
      scores[members[k]] = (first + last + 2) / 2.0 / members.length;
    }
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
