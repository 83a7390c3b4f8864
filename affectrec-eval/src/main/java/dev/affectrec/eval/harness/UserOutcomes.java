package dev.affectrec.eval.harness;

import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.rank.Ranking;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one algorithm did for each ranked test user of one split: the values behind the report's
 * means (for significance tests elsewhere) and the top-k lists they were measured on.
 *
 * @param algorithm the algorithm spec as written
 * @param split the split name
 * @param users the ranked test users' ids, in ranking order
 * @param values metric name (for example {@code ndcg@10}) to one value per user, aligned with
 *     {@code users}; NaN where the user does not count for the metric. Do not modify the arrays.
 * @param lists each user's top list (item indices into {@code items}, best first), aligned with
 *     {@code users}, as long as the largest cutoff
 * @param items resolves the item indices of {@code lists} to ids
 */
public record UserOutcomes(
    String algorithm,
    String split,
    List<String> users,
    Map<String, double[]> values,
    List<Ranking> lists,
    IdIndex items) {

  /** Checks that the per-user data line up and copies the collections. */
  public UserOutcomes {
    Objects.requireNonNull(algorithm, "algorithm is required");
    Objects.requireNonNull(split, "split is required");
    Objects.requireNonNull(items, "items is required");
    users = List.copyOf(users);
    lists = List.copyOf(lists);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    if (lists.size() != users.size()) {
      throw new IllegalArgumentException(
          lists.size() + " top lists for " + users.size() + " users");
    }
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      if (e.getValue().length != users.size()) {
        throw new IllegalArgumentException(
            e.getKey() + " has " + e.getValue().length + " values for " + users.size() + " users");
      }
    }
  }
}
