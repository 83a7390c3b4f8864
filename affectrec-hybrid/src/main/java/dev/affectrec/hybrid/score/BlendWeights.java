package dev.affectrec.hybrid.score;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One weight per {@link Feature}, learned by {@link CoordinateAscent}. Immutable.
 *
 * @param values finite weights, exactly {@link Feature#COUNT}; copied
 */
public record BlendWeights(double[] values) {

  /** The CF score alone: the starting point of learning. */
  public static final BlendWeights CF_ONLY = only(Feature.CF);

  /** Validates and copies. */
  public BlendWeights {
    if (values == null || values.length != Feature.COUNT) {
      throw new IllegalArgumentException(
          "blend weights need exactly " + Feature.COUNT + " values (one per feature)");
    }
    values = values.clone();
    for (int f = 0; f < values.length; f++) {
      if (!Double.isFinite(values[f])) {
        throw new IllegalArgumentException(
            "weight of " + Feature.values()[f].wireName() + " must be finite but was " + values[f]);
      }
    }
  }

  /** Weight 1 on {@code feature}, 0 elsewhere. */
  public static BlendWeights only(Feature feature) {
    double[] w = new double[Feature.COUNT];
    w[feature.ordinal()] = 1;
    return new BlendWeights(w);
  }

  /** The weight of {@code feature}. */
  public double weight(Feature feature) {
    return values[feature.ordinal()];
  }

  /** These weights with {@code feature} set to {@code value}. */
  public BlendWeights with(Feature feature, double value) {
    double[] w = values.clone();
    w[feature.ordinal()] = value;
    return new BlendWeights(w);
  }

  /**
   * {@code sum over f of weight[f] * features[f]}, without copying the weights: this runs once per
   * catalogue item of every answer, where a copy per call was 41% of the service's allocation under
   * load (JFR, issue 21).
   *
   * @param features exactly {@link Feature#COUNT} values, never null
   */
  public double dot(double[] features) {
    if (features == null || features.length != Feature.COUNT) {
      throw new IllegalArgumentException(
          "a feature vector needs exactly " + Feature.COUNT + " values");
    }
    double s = 0;
    for (int f = 0; f < values.length; f++) {
      s += values[f] * features[f];
    }
    return s;
  }

  /** A copy of the weights. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** Feature name to weight, for provenance and docs. */
  public Map<String, String> asParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Feature f : Feature.values()) {
      out.put("w." + f.wireName(), Double.toString(values[f.ordinal()]));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlendWeights b && Arrays.equals(values, b.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asParameters().toString();
  }
}
