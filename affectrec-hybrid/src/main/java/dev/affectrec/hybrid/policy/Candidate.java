package dev.affectrec.hybrid.policy;

import dev.affectrec.api.recommend.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * An item being ranked: its catalogue index, current score and the reasons gathered so far.
 * Immutable; the {@code with} methods return copies.
 *
 * @param item catalogue index, at least 0
 * @param score finite
 * @param reasons never null; copied
 */
public record Candidate(int item, double score, List<Reason> reasons) {

  /** Validates and copies. */
  public Candidate {
    if (item < 0) {
      throw new IllegalArgumentException("item index must be >= 0 but was " + item);
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score of item " + item + " must be finite");
    }
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** A candidate without reasons. */
  public static Candidate of(int item, double score) {
    return new Candidate(item, score, List.of());
  }

  /** This candidate with score {@code newScore}. */
  public Candidate withScore(double newScore) {
    return new Candidate(item, newScore, reasons);
  }

  /** This candidate with {@code reason} appended. */
  public Candidate withReason(Reason reason) {
    List<Reason> out = new ArrayList<>(reasons);
    out.add(reason);
    return new Candidate(item, score, out);
  }
}
