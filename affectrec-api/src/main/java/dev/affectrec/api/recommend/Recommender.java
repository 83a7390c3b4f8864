package dev.affectrec.api.recommend;

import java.util.List;
import java.util.Set;

/**
 * Ranks items for a user. Implementations are read-only views of a trained model: writes never go
 * through this interface. Implementations are safe for concurrent use.
 */
public interface Recommender {

  /**
   * The top {@code k} items for {@code user}, best first.
   *
   * @param user the user id; an unknown user gets a fallback ranking (for example popularity)
   * @param k at least 1
   * @param exclude item ids that must not appear, never null
   * @return at most {@code k} items, no duplicates, none from {@code exclude}
   * @throws IllegalArgumentException if {@code k < 1}
   */
  List<ScoredItem> recommend(String user, int k, Set<String> exclude);
}
