package dev.affectrec.behaviour.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The feature vector of one session, indexed by {@link Feature}. Immutable. */
public final class SessionFeatures {
  private static final Feature[] FEATURES = Feature.values();
  private static final List<String> MODEL_FEATURE_NAMES = computeModelFeatureNames();
  private final double[] values;

  /**
   * Wraps a copy of {@code values}.
   *
   * @param values one finite value per {@link Feature}, in declaration order
   * @throws IllegalArgumentException on a wrong length or a value that is not finite (named)
   */
  public SessionFeatures(double[] values) {
    Objects.requireNonNull(values, "values is required");
    if (values.length != FEATURES.length) {
      throw new IllegalArgumentException(
          "expected " + FEATURES.length + " feature values but got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "feature " + FEATURES[i].featureName() + " must be finite but was " + values[i]);
      }
    }
    this.values = values.clone();
  }

  /** The value of {@code feature}. */
  public double get(Feature feature) {
    return values[feature.ordinal()];
  }

  /** Names of the features the model uses, in order; an unmodifiable list. */
  public static List<String> modelFeatureNames() {
    return MODEL_FEATURE_NAMES;
  }

  private static List<String> computeModelFeatureNames() {
    List<String> names = new ArrayList<>();
    for (Feature feature : FEATURES) {
      if (feature.inModel()) {
        names.add(feature.featureName());
      }
    }
    return List.copyOf(names);
  }

  /** Values of the features the model uses, in the order of {@link #modelFeatureNames()}. */
  public double[] modelValues() {
    double[] out = new double[MODEL_FEATURE_NAMES.size()];
    int j = 0;
    for (Feature feature : FEATURES) {
      if (feature.inModel()) {
        out[j++] = values[feature.ordinal()];
      }
    }
    return out;
  }

  /**
   * Values of the named features, in the given order (for a model trained on an older feature
   * list).
   *
   * @throws IllegalArgumentException naming a feature this version does not compute
   */
  public double[] valuesOf(List<String> names) {
    double[] out = new double[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[featureNamed(names.get(i)).ordinal()];
    }
    return out;
  }

  /**
   * The feature whose {@link Feature#featureName()} is {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static Feature featureNamed(String name) {
    for (Feature feature : FEATURES) {
      if (feature.featureName().equals(name)) {
        return feature;
      }
    }
    throw new IllegalArgumentException("unknown behaviour feature '" + name + "'");
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SessionFeatures{");
    for (Feature feature : FEATURES) {
      sb.append(feature.featureName()).append('=').append(values[feature.ordinal()]).append(' ');
    }
    return sb.append('}').toString();
  }
}
