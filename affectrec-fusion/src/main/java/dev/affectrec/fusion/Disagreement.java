package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import java.util.List;

/**
 * How far the modalities of one fused state disagree, in structured form.
 *
 * @param divergence in [0, 1]: the mean of the pairwise Jensen-Shannon divergences (base 2) of the
 *     modality distributions, weighted by the product of the two modalities' fusion weights; 0 when
 *     fewer than two modalities carry weight. It is {@code EmotionState.disagreement()}.
 * @param valenceConflict whether some pair of modalities has valences of opposite sign, both at
 *     least {@link FusionConfig#valenceConflictThreshold()} in magnitude (for example angry text
 *     and a happy face)
 * @param pairs one entry per pair of weighted modalities, in modality order; never null
 */
public record Disagreement(double divergence, boolean valenceConflict, List<ModalityPair> pairs) {

  /** No disagreement: fewer than two modalities. */
  public static final Disagreement NONE = new Disagreement(0, false, List.of());

  /** Validates and copies. */
  public Disagreement {
    Arguments.requireInRange(divergence, 0, 1, "divergence");
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
  }
}
