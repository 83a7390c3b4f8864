package dev.affectrec.bench.hybrid;

import dev.affectrec.api.Arguments;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A per-user temporal split with simulated cold users, so that the cold slice exists even on data
 * where every user has many interactions (MovieLens 100K has at least 20 per user). A seeded share
 * of users is made cold: only their earliest {@code coldKeep} interactions are trained on and the
 * rest are the test. Every other user trains on their earliest {@code 1 - testShare} and is tested
 * on the rest. Stateless and thread-safe.
 *
 * @param coldShare share of users made cold, in [0, 1]
 * @param coldKeep training interactions kept per cold user, at least 1
 * @param testShare share of a warm user's latest interactions that are the test, in (0, 1)
 * @param seed chooses the cold users
 */
public record ColdStartSplit(double coldShare, int coldKeep, double testShare, long seed) {

  /** Validates. */
  public ColdStartSplit {
    Arguments.requireInRange(coldShare, 0, 1, "coldShare");
    Arguments.requireAtLeast(coldKeep, 1, "coldKeep");
    Arguments.requireInRange(testShare, 1e-9, 1 - 1e-9, "testShare");
  }

  /** The split of {@code data}; users with fewer than two interactions stay whole in training. */
  public Split split(List<Interaction> data) {
    Map<String, List<Interaction>> byUser = new LinkedHashMap<>();
    data.forEach(i -> byUser.computeIfAbsent(i.user(), u -> new ArrayList<>()).add(i));
    SplittableRandom random = new SplittableRandom(seed);
    List<Interaction> train = new ArrayList<>();
    List<Interaction> test = new ArrayList<>();
    for (List<Interaction> events : byUser.values()) {
      events.sort(Comparator.comparingLong(Interaction::time));
      boolean cold = random.nextDouble() < coldShare;
      int keep =
          cold
              ? Math.min(coldKeep, events.size() - 1)
              : (int) Math.ceil(events.size() * (1 - testShare));
      keep = Math.max(1, Math.min(keep, events.size()));
      train.addAll(events.subList(0, keep));
      test.addAll(events.subList(keep, events.size()));
    }
    return new Split("cold-start", train, test);
  }
}
