package dev.affectrec.eval.metric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names, the cold-slice rule and the definitions of the satisfaction-aware metrics the harness
 * reports beside the plain ones (issue 13). A metric's key is its prefix followed by the cutoff,
 * for example {@code happy-ndcg@10}. Stateless.
 */
public final class SatisfactionMetrics {
  /** NDCG with only the happy held-out items relevant. */
  public static final String HAPPY_NDCG = "happy-ndcg@";

  /** Hit rate with only the happy held-out items relevant. */
  public static final String HAPPY_HIT = "happy-hit@";

  /** Held-out items the user was unhappy with, per 1,000 recommended. */
  public static final String UNHAPPY_PER_1K = "unhappy-per-1k@";

  /** {@link #HAPPY_NDCG} over the cold slice. */
  public static final String COLD_HAPPY_NDCG = "cold-happy-ndcg@";

  /** {@link #HAPPY_HIT} over the cold slice. */
  public static final String COLD_HAPPY_HIT = "cold-happy-hit@";

  /** A test user with at most this many training interactions (and at least one) is cold. */
  public static final int COLD_MAX_TRAINING = 3;

  private SatisfactionMetrics() {}

  /** Whether a test user with {@code trainingInteractions} belongs to the cold slice. */
  public static boolean cold(int trainingInteractions) {
    return trainingInteractions >= 1 && trainingInteractions <= COLD_MAX_TRAINING;
  }

  /** Each metric prefix with its definition, in report order. */
  public static Map<String, String> definitions() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("ndcg@", "plain NDCG: every held-out item is relevant, every ranked test user counts");
    out.put(
        HAPPY_NDCG,
        "NDCG with only the held-out items the user was happy with as relevant (rating 4-5 of 5;"
            + " every held-out item for implicit feedback); users with no happy held-out item are"
            + " left out of the mean");
    out.put(
        HAPPY_HIT,
        "hit rate (HR) with the same relevance and the same users as " + HAPPY_NDCG + "K");
    out.put(
        UNHAPPY_PER_1K,
        "of the items recommended in each top-k list, how many per 1,000 are held-out items the"
            + " user was unhappy with (rating 1-2 of 5), averaged over every ranked test user;"
            + " n/a for implicit feedback, which states no dissatisfaction");
    out.put(
        COLD_HAPPY_NDCG,
        HAPPY_NDCG
            + "K over the cold slice: test users with 1 to "
            + COLD_MAX_TRAINING
            + " training interactions");
    out.put(COLD_HAPPY_HIT, HAPPY_HIT + "K over the cold slice");
    return out;
  }
}
