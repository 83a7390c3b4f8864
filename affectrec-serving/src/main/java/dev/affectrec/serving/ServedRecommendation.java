package dev.affectrec.serving;

import dev.affectrec.hybrid.Recommendation;
import java.util.Objects;

/**
 * A recommendation as served: the hybrid's answer, whether the policy came from the bandit, the
 * user's mood segment, and the model version that produced it. Immutable.
 *
 * @param recommendation never null
 * @param segment the user's mood segment (negative, neutral, positive, unknown), never null
 * @param policyFromBandit true when the request named no policy and the bandit chose it
 * @param modelVersion the served model's version, never null
 */
public record ServedRecommendation(
    Recommendation recommendation, String segment, boolean policyFromBandit, String modelVersion) {

  /** Validates. */
  public ServedRecommendation {
    Objects.requireNonNull(recommendation, "recommendation is required");
    Objects.requireNonNull(segment, "segment is required");
    Objects.requireNonNull(modelVersion, "modelVersion is required");
  }
}
