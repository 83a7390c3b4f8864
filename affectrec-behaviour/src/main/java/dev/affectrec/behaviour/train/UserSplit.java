package dev.affectrec.behaviour.train;

import dev.affectrec.api.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** A user-disjoint train/dev split: every user's sessions go to one side. */
public final class UserSplit {
  private UserSplit() {}

  /**
   * The dev users: the distinct users sorted, shuffled with {@code seed}, and the first {@code
   * round(devFraction * n)} taken. Deterministic for a given seed and user set.
   *
   * @param devFraction in [0, 1]
   */
  public static Set<String> devUsers(Collection<String> users, double devFraction, long seed) {
    Arguments.requireInRange(devFraction, 0, 1, "devFraction");
    List<String> distinct = new ArrayList<>(new TreeSet<>(users));
    Collections.shuffle(distinct, new Random(seed));
    int n = (int) Math.round(devFraction * distinct.size());
    return Set.copyOf(distinct.subList(0, n));
  }
}
