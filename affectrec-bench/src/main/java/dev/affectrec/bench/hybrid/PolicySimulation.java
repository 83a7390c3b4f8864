package dev.affectrec.bench.hybrid;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.EventType;
import dev.affectrec.hybrid.bandit.ThompsonPolicyBandit;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An offline simulation of the bandit: each round a user of one segment is shown a recommendation
 * made with the chosen policy and clicks with that policy's true click rate. Seeded. Run by hand
 * with {@code java ... dev.affectrec.bench.hybrid.PolicySimulation [rounds] [seed]}.
 */
public final class PolicySimulation {
  private PolicySimulation() {}

  /**
   * Runs {@code rounds} rounds for {@code segment} and returns how often each policy was chosen.
   *
   * @param clickRates true click rate per policy, each in [0, 1]
   */
  public static Map<EmotionPolicy, Integer> run(
      String segment, Map<EmotionPolicy, Double> clickRates, int rounds, long seed) {
    Arguments.requireAtLeast(rounds, 1, "rounds");
    ThompsonPolicyBandit bandit = new ThompsonPolicyBandit(seed, 0);
    SplittableRandom world = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Map<EmotionPolicy, Integer> pulls = new EnumMap<>(EmotionPolicy.class);
    for (int r = 0; r < rounds; r++) {
      EmotionPolicy policy = bandit.choose(segment);
      pulls.merge(policy, 1, Integer::sum);
      bandit.observe(segment, policy, EventType.RECOMMENDATION_SHOWN);
      if (world.nextDouble() < clickRates.getOrDefault(policy, 0.0)) {
        bandit.observe(segment, policy, EventType.RECOMMENDATION_CLICKED);
      }
    }
    return pulls;
  }

  /** Prints the pulls of a 5000-round run for the negative-mood segment. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Map<EmotionPolicy, Double> rates =
        Map.of(
            EmotionPolicy.MOOD_REGULATING, 0.12,
            EmotionPolicy.MOOD_CONGRUENT, 0.06,
            EmotionPolicy.NEUTRAL, 0.08);
    System.out.println("true click rates " + rates);
    System.out.println(
        "pulls after " + rounds + " rounds: " + run("negative", rates, rounds, seed));
  }
}
