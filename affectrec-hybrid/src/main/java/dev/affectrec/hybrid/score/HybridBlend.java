package dev.affectrec.hybrid.score;

import java.util.Objects;

/** The pure blending function of the hybrid scorer. Stateless and thread-safe. */
public final class HybridBlend {
  private HybridBlend() {}

  /**
   * {@code sum over f of weights[f] * features[f]}.
   *
   * @param features one value per {@link Feature}, never null
   * @param weights never null
   */
  public static double score(double[] features, BlendWeights weights) {
    Objects.requireNonNull(weights, "weights is required");
    return weights.dot(features);
  }
}
