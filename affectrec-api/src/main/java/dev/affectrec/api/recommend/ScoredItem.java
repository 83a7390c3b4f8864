package dev.affectrec.api.recommend;

import dev.affectrec.api.Arguments;
import java.util.List;

/**
 * An item with its score and the reasons for it. Higher scores rank first; scores are only
 * comparable within one response.
 *
 * @param item non-blank item id
 * @param score finite
 * @param reasons never null, possibly empty
 */
public record ScoredItem(String item, double score, List<Reason> reasons) {

  /** Validates and copies. */
  public ScoredItem {
    Arguments.requireNonBlank(item, "item");
    Arguments.requireFinite(score, "score");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** An item with a score and no reasons. */
  public static ScoredItem of(String item, double score) {
    return new ScoredItem(item, score, List.of());
  }
}
