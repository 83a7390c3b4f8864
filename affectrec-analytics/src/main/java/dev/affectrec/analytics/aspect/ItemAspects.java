package dev.affectrec.analytics.aspect;

import dev.affectrec.analytics.ReadReview;
import dev.affectrec.analytics.ReviewLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aspects of one item's reviews, most complained-about first: by negative mentions (reviews
 * that mention the aspect and whose reading is negative), then mentions, then name. The lexicon is
 * mined from every review in the log, so an item's own vocabulary counts only when the shop shares
 * it. Stateless.
 */
public final class ItemAspects {
  /** Reviews a mined term needs, for logs of any size: 1% of reviews, at least 5. */
  public static int minReviews(int reviews) {
    return Math.max(5, reviews / 100);
  }

  private ItemAspects() {}

  /** The lexicon mined from all of {@code log}'s reviews. */
  public static AspectLexicon lexicon(ReviewLog log) {
    return AspectMiner.mine(
        log.reviews().stream().map(ReadReview::text).toList(), minReviews(log.reviews().size()));
  }

  /** The aspects of {@code item}'s reviews in {@code log}; empty when none is mentioned. */
  public static List<AspectCount> of(ReviewLog log, AspectLexicon lexicon, String item) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (ReadReview review : log.reviews()) {
      if (review.item().equals(item)) {
        for (String aspect : lexicon.mentions(review.text())) {
          int[] c = counts.computeIfAbsent(aspect, a -> new int[2]);
          c[0]++;
          c[1] += review.negative() ? 1 : 0;
        }
      }
    }
    List<AspectCount> out = new ArrayList<>();
    counts.forEach((aspect, c) -> out.add(new AspectCount(aspect, c[0], c[1])));
    out.sort(
        Comparator.comparingInt(AspectCount::negative)
            .thenComparingInt(AspectCount::count)
            .reversed()
            .thenComparing(AspectCount::aspect));
    return List.copyOf(out);
  }
}
