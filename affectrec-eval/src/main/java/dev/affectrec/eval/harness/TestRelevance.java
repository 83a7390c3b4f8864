package dev.affectrec.eval.harness;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each test user's held-out items are, by satisfaction: every held-out item (plain relevance),
 * the happy ones and the unhappy ones ({@link Satisfaction#isHappy()} and {@link
 * Satisfaction#isUnhappy()} of the rating on the data's scale; the latest test interaction of a
 * (user, item) decides). Without a rating scale (implicit feedback) every held-out item is happy
 * and none is unhappy. Items unseen in training get distinct negative indices: relevant, never hit.
 *
 * @param all every held-out item, by training user index, in first-seen order
 * @param happy the held-out items the user was satisfied with (empty sets included)
 * @param unhappy the held-out items the user was dissatisfied with (empty sets included)
 */
record TestRelevance(
    Map<Integer, Set<Integer>> all,
    Map<Integer, Set<Integer>> happy,
    Map<Integer, Set<Integer>> unhappy) {

  /**
   * Groups {@code test} by the training users it holds; test users unknown in training are left
   * out.
   *
   * @param scale the rating scale of the values, or null for implicit feedback
   */
  static TestRelevance of(InteractionMatrix train, List<Interaction> test, RatingScale scale) {
    Map<Integer, Map<String, Interaction>> latest = new LinkedHashMap<>();
    for (Interaction i : test) {
      int user = train.users().indexOf(i.user());
      if (user >= 0) {
        latest
            .computeIfAbsent(user, u -> new LinkedHashMap<>())
            .merge(i.item(), i, (a, b) -> b.time() >= a.time() ? b : a);
      }
    }
    Map<Integer, Set<Integer>> all = new LinkedHashMap<>();
    Map<Integer, Set<Integer>> happy = new LinkedHashMap<>();
    Map<Integer, Set<Integer>> unhappy = new LinkedHashMap<>();
    int unseen = 0;
    for (Map.Entry<Integer, Map<String, Interaction>> user : latest.entrySet()) {
      Set<Integer> a = all.computeIfAbsent(user.getKey(), u -> new HashSet<>());
      Set<Integer> h = happy.computeIfAbsent(user.getKey(), u -> new HashSet<>());
      Set<Integer> s = unhappy.computeIfAbsent(user.getKey(), u -> new HashSet<>());
      for (Interaction i : user.getValue().values()) {
        int index = train.items().indexOf(i.item());
        int item = index >= 0 ? index : -1 - unseen++;
        a.add(item);
        Satisfaction satisfaction = scale == null ? null : scale.satisfaction(i.value());
        if (satisfaction == null || satisfaction.isHappy()) {
          h.add(item);
        } else if (satisfaction.isUnhappy()) {
          s.add(item);
        }
      }
    }
    return new TestRelevance(all, happy, unhappy);
  }
}
