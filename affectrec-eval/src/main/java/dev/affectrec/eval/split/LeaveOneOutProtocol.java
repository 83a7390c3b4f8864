package dev.affectrec.eval.split;

import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Leave-one-out: the data is first reduced to one interaction per (user, item), the latest (a later
 * line wins a tie), because a held-out item that repeats a training interaction of the same user
 * can never be recommended (Amazon 5-core files repeat some reviews). Then each user's latest
 * interaction goes to test; when several share the latest time (Amazon reviews carry only a day),
 * one of them is drawn uniformly with a {@link Random} seeded by {@code seed}, the same draw for
 * the same data and seed. Users left with a single interaction stay in training only.
 *
 * @param seed seeds the choice among tied latest interactions
 */
public record LeaveOneOutProtocol(long seed) implements SplitProtocol {

  @Override
  public String name() {
    return "loo";
  }

  @Override
  public List<Split> split(List<Interaction> data) {
    Random random = new Random(seed);
    List<Interaction> train = new ArrayList<>();
    List<Interaction> test = new ArrayList<>();
    for (List<Interaction> events : ByUser.group(latestPerItem(data)).values()) {
      int held = events.size() < 2 ? -1 : latestOfTies(events, random);
      for (int n = 0; n < events.size(); n++) {
        (n == held ? test : train).add(events.get(n));
      }
    }
    return List.of(new Split("loo", train, test));
  }

  /** One interaction per (user, item): the latest, a later one in {@code data} winning a tie. */
  static List<Interaction> latestPerItem(List<Interaction> data) {
    Map<List<String>, Interaction> latest = new LinkedHashMap<>();
    for (Interaction i : data) {
      latest.merge(List.of(i.user(), i.item()), i, (a, b) -> b.time() >= a.time() ? b : a);
    }
    return new ArrayList<>(latest.values());
  }

  /** The position of one of the interactions with the latest time, drawn uniformly. */
  private static int latestOfTies(List<Interaction> events, Random random) {
    long latest = Long.MIN_VALUE;
    for (Interaction i : events) {
      latest = Math.max(latest, i.time());
    }
    int ties = 0;
    int chosen = -1;
    for (int n = 0; n < events.size(); n++) {
      if (events.get(n).time() == latest && random.nextInt(++ties) == 0) {
        chosen = n;
      }
    }
    return chosen;
  }
}
