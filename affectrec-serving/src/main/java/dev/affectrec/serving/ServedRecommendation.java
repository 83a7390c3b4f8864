package dev.affectrec.serving;

import dev.affectrec.hybrid.Recommendation;
import java.util.Locale;
import java.util.Objects;

/**
 * A recommendation as served: the answer, where its policy came from, the user's mood segment, the
 * model version that produced it and which path produced it. Immutable.
 *
 * @param recommendation never null
 * @param segment the user's mood segment (negative, neutral, positive, unknown), never null
 * @param policySource who chose the policy, never null
 * @param modelVersion the served model's version; null for {@link Source#POPULAR} answers, which
 *     come before the first model
 * @param source the path that produced the items, never null
 */
public record ServedRecommendation(
    Recommendation recommendation,
    String segment,
    PolicySource policySource,
    String modelVersion,
    Source source) {

  /** Who chose the policy of a recommendation. */
  public enum PolicySource {
    /** The request named it. */
    REQUEST,
    /** The request named none and the bandit chose it for the user's mood segment. */
    BANDIT,
    /** The request named none and no policy applies (the most-popular answer): neutral. */
    DEFAULT;

    /** Lower-case wire name, for example {@code bandit}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The path that produced a recommendation's items. */
  public enum Source {
    /** The served hybrid model, with the user's history folded in. */
    MODEL,
    /** Content similarity to the one text of a user the model has not seen. */
    COLD_START,
    /** The most popular items, before the store's first model is in service. */
    POPULAR;

    /** Lower-case wire name, for example {@code cold_start}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates. */
  public ServedRecommendation {
    Objects.requireNonNull(recommendation, "recommendation is required");
    Objects.requireNonNull(segment, "segment is required");
    Objects.requireNonNull(policySource, "policySource is required");
    Objects.requireNonNull(source, "source is required");
    if ((modelVersion == null) != (source == Source.POPULAR)) {
      throw new IllegalArgumentException(
          "a model version is required for, and only for, answers from a model; source "
              + source
              + ", version "
              + modelVersion);
    }
  }

  /** Whether the request named no policy and the bandit chose it. */
  public boolean policyFromBandit() {
    return policySource == PolicySource.BANDIT;
  }
}
