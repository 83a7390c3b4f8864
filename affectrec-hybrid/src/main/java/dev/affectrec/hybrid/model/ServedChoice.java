package dev.affectrec.hybrid.model;

import java.util.Locale;

/**
 * What a trained hybrid serves, chosen on a validation cut of the training data by happy NDCG@10
 * (see {@link HybridEmotionTrainer}): never something that loses to its plain base there.
 */
public enum ServedChoice {
  /** The CF base trained on the interactions as they are: no weighting, blend or re-ranking. */
  BASE,
  /** The CF base trained on satisfaction-weighted interactions (dislikes dropped), nothing else. */
  WEIGHTED,
  /** The whole pipeline: weighted base, learned blend, emotion policy and MMR. */
  BLEND,
  /** The whole pipeline, because the data was too small to validate anything. */
  UNVALIDATED;

  /** Lower-case name written in provenance and manifests. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the served ranking is the blend with its re-ranking. */
  public boolean blends() {
    return this == BLEND || this == UNVALIDATED;
  }

  /** Whether the served base learns from satisfaction-weighted interactions. */
  public boolean weighted() {
    return this != BASE;
  }
}
