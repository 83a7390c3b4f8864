package dev.affectrec.analytics.risk;

import java.util.List;

/**
 * The at-risk model chosen on training data alone: for each feature set (ratings only, and full:
 * ratings plus trajectory and behaviour) the L2 strength of {@link #L2_GRID} with the best ROC AUC
 * on a validation cut, and which of the two to serve.
 *
 * <p>The validation cut is the examples of {@value #VALIDATION_SHARE} of the users (a fixed
 * shuffle, seed 19); models fit on the other users' examples. Ties go to the stronger L2 (the
 * simpler model). The full model is served only when its validation AUC is strictly higher than the
 * ratings-only one, so the served model never loses to its own baseline on the data it was chosen
 * on. When the cut lacks a class nothing can be validated: both sets keep {@link
 * LogisticModel#DEFAULT_L2}, their AUCs are NaN, and ratings only is served.
 *
 * @param ratings the ratings-only candidate
 * @param full the full candidate
 */
public record RiskModelChoice(Candidate ratings, Candidate full) {
  /** L2 strengths tried, strongest first. */
  static final double[] L2_GRID = {1, 0.1, 0.01, 0.001};

  /** Share of the (time-ordered) examples held out for validation. */
  public static final double VALIDATION_SHARE = 0.25;

  /**
   * One feature set with its chosen L2 strength.
   *
   * @param full whether it uses the full features
   * @param l2 the chosen L2 strength
   * @param validationAuc its ROC AUC on the validation cut, NaN when there was none
   */
  public record Candidate(boolean full, double l2, double validationAuc) {
    /** {@code trajectory+behaviour+ratings} or {@code ratings-only}. */
    public String name() {
      return full ? "trajectory+behaviour+ratings" : "ratings-only";
    }

    /** This candidate fitted on {@code examples} (both classes present). */
    public LogisticModel fit(List<RiskExample> examples) {
      return LogisticModel.fit(matrix(examples, full), labels(examples), l2);
    }

    /** This candidate's features of {@code example}. */
    public double[] features(RiskExample example) {
      return full ? example.full() : example.ratings();
    }
  }

  /** The candidate to serve: full when it validated strictly better, else ratings only. */
  public Candidate served() {
    return full.validationAuc() > ratings.validationAuc() ? full : ratings;
  }

  /** Chooses on {@code examples}. */
  public static RiskModelChoice choose(List<RiskExample> examples) {
    List<String> users = shuffledUsers(examples, 19);
    java.util.Set<String> held =
        new java.util.HashSet<>(
            users.subList(0, (int) Math.round(users.size() * VALIDATION_SHARE)));
    List<RiskExample> fit = examples.stream().filter(e -> !held.contains(e.user())).toList();
    List<RiskExample> validation = examples.stream().filter(e -> held.contains(e.user())).toList();
    if (!bothClasses(fit) || !bothClasses(validation)) {
      return new RiskModelChoice(
          new Candidate(false, LogisticModel.DEFAULT_L2, Double.NaN),
          new Candidate(true, LogisticModel.DEFAULT_L2, Double.NaN));
    }
    return new RiskModelChoice(best(fit, validation, false), best(fit, validation, true));
  }

  private static Candidate best(List<RiskExample> fit, List<RiskExample> validation, boolean full) {
    Candidate best = null;
    int[] labels = labels(validation);
    for (double l2 : L2_GRID) {
      Candidate c = new Candidate(full, l2, Double.NaN);
      LogisticModel model = c.fit(fit);
      double[] scores =
          validation.stream().mapToDouble(e -> model.probability(c.features(e))).toArray();
      double auc = RocAuc.of(scores, labels);
      if (best == null || auc > best.validationAuc()) {
        best = new Candidate(full, l2, auc);
      }
    }
    return best;
  }

  /** The distinct users of {@code examples}, sorted, then shuffled with {@code seed}. */
  static List<String> shuffledUsers(List<RiskExample> examples, long seed) {
    List<String> users =
        new java.util.ArrayList<>(
            new java.util.TreeSet<>(examples.stream().map(RiskExample::user).toList()));
    java.util.Collections.shuffle(users, new java.util.Random(seed));
    return users;
  }

  static boolean bothClasses(List<RiskExample> examples) {
    long low = examples.stream().filter(e -> e.low() == 1).count();
    return low > 0 && low < examples.size();
  }

  static double[][] matrix(List<RiskExample> examples, boolean full) {
    return examples.stream().map(e -> full ? e.full() : e.ratings()).toArray(double[][]::new);
  }

  static int[] labels(List<RiskExample> examples) {
    return examples.stream().mapToInt(RiskExample::low).toArray();
  }
}
