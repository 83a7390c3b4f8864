package dev.affectrec.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.hybrid.bandit.ThompsonPolicyBandit;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

/**
 * The policy bandit wired to feedback: a Thompson-sampling bandit per mood segment chooses the
 * policy of a request that names none, and {@code recommendation_shown} and {@code
 * recommendation_clicked} events about an item served to that user update the policy that served
 * it. What was served to whom is kept for at most {@code maxUsers} users in a size-bounded cache:
 * when it is full the least valuable (rarely and not recently served) users are evicted one by one,
 * so the attribution of active users survives. Thread-safe.
 */
final class BanditFeedback {
  /** Which policy served which items to a user last, for crediting feedback. */
  private record LastServed(String segment, EmotionPolicy policy, Set<String> items) {}

  private final ThompsonPolicyBandit bandit;
  private final Map<String, Map<EmotionPolicy, LongAdder>> choices = new ConcurrentHashMap<>();
  private final Cache<String, LastServed> lastServed;

  /**
   * @param seed seeds the bandit's sampling
   * @param maxUsers how many users' last served items are kept, at least 1
   */
  BanditFeedback(long seed, int maxUsers) {
    this(seed, maxUsers, null);
  }

  /** As above; {@code maintenance} runs the cache's eviction work (null for the default pool). */
  BanditFeedback(long seed, int maxUsers, Executor maintenance) {
    if (maxUsers < 1) {
      throw new IllegalArgumentException("maxUsers must be >= 1 but was " + maxUsers);
    }
    this.bandit = new ThompsonPolicyBandit(seed, 0);
    Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maxUsers);
    this.lastServed = (maintenance == null ? builder : builder.executor(maintenance)).build();
  }

  /** The policy for a request without one from a user in {@code segment}. */
  EmotionPolicy choose(String segment) {
    return bandit.choose(segment);
  }

  /** Records that {@code policy} served {@code items} to {@code user} in {@code segment}. */
  void served(String user, String segment, EmotionPolicy policy, Set<String> items) {
    choices
        .computeIfAbsent(segment, s -> new ConcurrentHashMap<>())
        .computeIfAbsent(policy, p -> new LongAdder())
        .increment();
    lastServed.put(user, new LastServed(segment, policy, Set.copyOf(items)));
  }

  /** Credits the policy that last served each shown or clicked item to its user. */
  void accepted(List<Event> events) {
    for (Event e : events) {
      if (e.type() == EventType.RECOMMENDATION_SHOWN
          || e.type() == EventType.RECOMMENDATION_CLICKED) {
        LastServed last = lastServed.getIfPresent(e.user());
        if (last != null && last.items().contains(e.item())) {
          bandit.observe(last.segment(), last.policy(), e.type());
        }
      }
    }
  }

  /** Forgets what was served to {@code user} (erasure). */
  void forget(String user) {
    lastServed.invalidate(user);
  }

  /**
   * The bandit's state per mood segment and policy: {@code chosen} (requests it served), {@code
   * alpha}, {@code beta} and the posterior {@code mean} click rate.
   */
  Map<String, Map<EmotionPolicy, Map<String, Double>>> policyShares() {
    Map<String, Map<EmotionPolicy, Map<String, Double>>> out = new TreeMap<>();
    Map<String, Map<EmotionPolicy, double[]>> posteriors = bandit.posteriors();
    Set<String> segments = new TreeSet<>(posteriors.keySet());
    segments.addAll(choices.keySet());
    for (String segment : segments) {
      Map<EmotionPolicy, Map<String, Double>> arms = new EnumMap<>(EmotionPolicy.class);
      for (EmotionPolicy p : EmotionPolicy.values()) {
        double[] ab =
            posteriors.getOrDefault(segment, Map.of()).getOrDefault(p, new double[] {1, 1});
        LongAdder n = choices.getOrDefault(segment, Map.of()).get(p);
        Map<String, Double> arm = new LinkedHashMap<>();
        arm.put("chosen", n == null ? 0.0 : n.doubleValue());
        arm.put("alpha", ab[0]);
        arm.put("beta", ab[1]);
        arm.put("mean", ab[0] / (ab[0] + ab[1]));
        arms.put(p, arm);
      }
      out.put(segment, arms);
    }
    return out;
  }
}
