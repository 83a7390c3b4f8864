package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Modality;
import java.util.Objects;

/**
 * The disagreement between two modalities of one fused state.
 *
 * @param first never null, before {@code second} in declaration order
 * @param second never null
 * @param jensenShannon Jensen-Shannon divergence (base 2) of their distributions, in [0, 1]
 * @param valenceGap {@code valence(first) - valence(second)}, in [-2, 2]
 * @param valenceConflict opposite valence signs, both at least the configured threshold
 */
public record ModalityPair(
    Modality first,
    Modality second,
    double jensenShannon,
    double valenceGap,
    boolean valenceConflict) {

  /** Validates the fields. */
  public ModalityPair {
    Objects.requireNonNull(first, "first is required");
    Objects.requireNonNull(second, "second is required");
    Arguments.requireInRange(jensenShannon, 0, 1, "jensenShannon");
    Arguments.requireInRange(valenceGap, -2, 2, "valenceGap");
  }
}
