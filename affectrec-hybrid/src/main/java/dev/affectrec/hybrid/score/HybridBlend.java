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
    if (features == null || features.length != Feature.COUNT) {
      throw new IllegalArgumentException(
          "a feature vector needs exactly " + Feature.COUNT + " values");
    }
    double[] w = weights.values();
    double s = 0;
    for (int f = 0; f < w.length; f++) {
      s += w[f] * features[f];
    }
    return s;
  }
}
