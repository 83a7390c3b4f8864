package dev.affectrec.hybrid.policy;

import dev.affectrec.api.Arguments;
import dev.affectrec.hybrid.explain.ReasonTexts;
import dev.affectrec.hybrid.profile.ItemEmotions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The rule for a user who has just reviewed items negatively: those items are removed, and up to
 * {@code alternatives} of each one's most similar items whose emotional reputation beats the
 * disliked item's (counted as 0 when negative) by more than {@code minReputationGain} are put at
 * the top of the list, each with an {@code alternative_to} reason naming the disliked item. Pure,
 * stateless and thread-safe.
 *
 * @param alternatives alternatives per disliked item, at least 0
 * @param neighbourPool how many similar items are examined per disliked item, at least 1
 * @param minReputationGain how much better an alternative's reputation must be, in [0, 2]
 */
public record NegativeReviewRule(int alternatives, int neighbourPool, double minReputationGain) {

  /** Two alternatives from the 50 most similar items, reputation better by more than 0.1. */
  public static final NegativeReviewRule DEFAULTS = new NegativeReviewRule(2, 50, 0.1);

  /** Validates. */
  public NegativeReviewRule {
    Arguments.requireAtLeast(alternatives, 0, "alternatives");
    Arguments.requireAtLeast(neighbourPool, 1, "neighbourPool");
    Arguments.requireInRange(minReputationGain, 0, 2, "minReputationGain");
  }

  /**
   * Applies the rule.
   *
   * @param ranked candidates best first, never null
   * @param disliked catalogue indices of the items just reviewed negatively, never null
   * @param excluded indices that may never be shown (for example already consumed), never null
   * @param similarity never null
   * @param emotions never null
   * @param names index to display name (title or id), never null
   * @return the disliked items removed, alternatives first (boosted above the best score), then the
   *     rest in order
   */
  public List<Candidate> apply(
      List<Candidate> ranked,
      int[] disliked,
      BitSet excluded,
      ItemSimilarity similarity,
      ItemEmotions emotions,
      IntFunction<String> names) {
    Objects.requireNonNull(ranked, "ranked is required");
    Objects.requireNonNull(disliked, "disliked is required");
    Objects.requireNonNull(excluded, "excluded is required");
    if (disliked.length == 0) {
      return ranked;
    }
    BitSet banned = (BitSet) excluded.clone();
    for (int d : disliked) {
      banned.set(d);
    }
    Map<Integer, Candidate> byItem = new LinkedHashMap<>();
    for (Candidate c : ranked) {
      byItem.put(c.item(), c);
    }
    double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
    List<Candidate> head = new ArrayList<>();
    BitSet used = new BitSet();
    for (int d : disliked) {
      double floor = Math.max(0, emotions.reputation(d)) + minReputationGain;
      int found = 0;
      for (int j : similarity.neighbours(d, neighbourPool)) {
        if (found >= alternatives) {
          break;
        }
        if (banned.get(j) || used.get(j) || emotions.reputation(j) <= floor) {
          continue;
        }
        Candidate base = byItem.getOrDefault(j, Candidate.of(j, top));
        double boosted = top + 1 + similarity.similarity(d, j);
        head.add(
            base.withScore(boosted)
                .withReason(ReasonTexts.alternativeTo(names.apply(d), names.apply(d))));
        used.set(j);
        found++;
      }
    }
    head.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<Candidate> out = new ArrayList<>(head);
    for (Candidate c : ranked) {
      if (!banned.get(c.item()) && !used.get(c.item())) {
        out.add(c);
      }
    }
    return out;
  }
}
