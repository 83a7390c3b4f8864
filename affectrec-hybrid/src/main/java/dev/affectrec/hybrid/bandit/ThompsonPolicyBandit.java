package dev.affectrec.hybrid.bandit;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.EventType;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Chooses an {@link EmotionPolicy} per user segment by Thompson sampling over Beta-Bernoulli arms
 * with a Beta(1, 1) prior. A shown recommendation is a trial that failed until it is clicked:
 * {@code recommendation_shown} adds 1 to beta, {@code recommendation_clicked} moves 1 from beta to
 * alpha. Optional reward shaping adds {@code shaping * valence} of a later reading to alpha
 * (positive) or beta (negative). Thread-safe (synchronized); seeded, so a run is reproducible.
 */
public final class ThompsonPolicyBandit {
  private static final EmotionPolicy[] ARMS = EmotionPolicy.values();

  private final Map<String, double[][]> segments = new HashMap<>();
  private final SplittableRandom random;
  private final double shaping;

  /**
   * @param seed seeds the sampling
   * @param shaping weight of later readings' valence as reward, in [0, 1]; 0 turns shaping off
   */
  public ThompsonPolicyBandit(long seed, double shaping) {
    Arguments.requireInRange(shaping, 0, 1, "shaping");
    this.random = new SplittableRandom(seed);
    this.shaping = shaping;
  }

  /** The policy to use for a user of {@code segment} now: the arm with the largest Beta sample. */
  public synchronized EmotionPolicy choose(String segment) {
    double[][] ab = arms(segment);
    int best = 0;
    double bestSample = -1;
    for (int a = 0; a < ARMS.length; a++) {
      double sample = BetaSampler.sample(random, ab[a][0], ab[a][1]);
      if (sample > bestSample) {
        bestSample = sample;
        best = a;
      }
    }
    return ARMS[best];
  }

  /**
   * Updates from a feedback event of a recommendation made with {@code policy}.
   *
   * @param type recommendation_shown or recommendation_clicked; other types are ignored
   */
  public synchronized void observe(String segment, EmotionPolicy policy, EventType type) {
    Objects.requireNonNull(policy, "policy is required");
    double[] ab = arms(segment)[policy.ordinal()];
    if (type == EventType.RECOMMENDATION_SHOWN) {
      ab[1] += 1;
    } else if (type == EventType.RECOMMENDATION_CLICKED) {
      ab[0] += 1;
      ab[1] = Math.max(1, ab[1] - 1);
    }
  }

  /** Reward shaping by the valence in [-1, 1] of a reading that followed a recommendation. */
  public synchronized void observeReading(String segment, EmotionPolicy policy, double valence) {
    Arguments.requireInRange(valence, -1, 1, "valence");
    double[] ab = arms(segment)[policy.ordinal()];
    ab[valence >= 0 ? 0 : 1] += shaping * Math.abs(valence);
  }

  /** The posterior mean click rate of {@code policy} in {@code segment}. */
  public synchronized double mean(String segment, EmotionPolicy policy) {
    double[] ab = arms(segment)[policy.ordinal()];
    return ab[0] / (ab[0] + ab[1]);
  }

  /**
   * The posterior of every arm of every segment seen so far: segment to policy to {alpha, beta}
   * (copies, in policy declaration order).
   */
  public synchronized Map<String, Map<EmotionPolicy, double[]>> posteriors() {
    Map<String, Map<EmotionPolicy, double[]>> out = new java.util.TreeMap<>();
    segments.forEach(
        (segment, ab) -> {
          Map<EmotionPolicy, double[]> arms = new java.util.EnumMap<>(EmotionPolicy.class);
          for (int a = 0; a < ARMS.length; a++) {
            arms.put(ARMS[a], ab[a].clone());
          }
          out.put(segment, arms);
        });
    return out;
  }

  private double[][] arms(String segment) {
    Arguments.requireNonBlank(segment, "segment");
    return segments.computeIfAbsent(
        segment,
        s -> {
          double[][] ab = new double[ARMS.length][];
          for (int a = 0; a < ab.length; a++) {
            ab[a] = new double[] {1, 1};
          }
          return ab;
        });
  }
}
