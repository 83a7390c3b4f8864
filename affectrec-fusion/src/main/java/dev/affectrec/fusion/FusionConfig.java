package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Modality;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How readings are weighted and how confident a fused state is. Immutable; validated at
 * construction.
 *
 * <p>A reading {@code i} of modality {@code m}, taken {@code age} before the time of the state, has
 * evidence {@code e_i = confidence_i * 2^(-age / halfLife)}. A modality's evidence {@code E_m} is
 * the sum of its readings' {@code e_i}; its weight across modalities is proportional to {@code
 * reliability(m) * E_m}. With {@code A = sum_m reliability(m) * E_m}, the fused confidence is
 * {@code A / (A + evidencePrior) * (1 - disagreementPenalty * disagreement)}: it falls with little
 * or old evidence and with disagreement between modalities.
 *
 * <p><b>Reliabilities</b> are configured (the defaults in {@link #defaults()} reflect that written
 * text is the most direct signal, face expressions are posed or ambiguous, and behaviour is a weak
 * proxy) or learned with {@link ReliabilityCalibration#fromAccuracy}: each modality's accuracy
 * against reference labels on a held-out set, rescaled above chance.
 *
 * @param reliability weight in [0, 1] of each of TEXT, BEHAVIOUR and FACE (all three required, at
 *     least one above 0, FUSED not allowed)
 * @param halfLife age at which a reading counts half, positive
 * @param minConfidence readings below this confidence are ignored, in [0, 1)
 * @param evidencePrior pseudo-evidence that keeps confidence low with little evidence, finite and
 *     positive: one fresh reading of confidence 1 from a modality of reliability 1 gives {@code 1 /
 *     (1 + evidencePrior)}
 * @param disagreementPenalty in [0, 1]: the share of confidence lost at total disagreement
 * @param valenceConflictThreshold in [0, 1]: two modalities are in valence conflict when their
 *     valences have opposite signs and both magnitudes reach this
 */
public record FusionConfig(
    Map<Modality, Double> reliability,
    Duration halfLife,
    double minConfidence,
    double evidencePrior,
    double disagreementPenalty,
    double valenceConflictThreshold) {

  /** Default reliabilities: text 1.0, face 0.8, behaviour 0.5. */
  public static final Map<Modality, Double> DEFAULT_RELIABILITY =
      Map.of(Modality.TEXT, 1.0, Modality.FACE, 0.8, Modality.BEHAVIOUR, 0.5);

  /** Validates every field and copies the reliability map. */
  public FusionConfig {
    Objects.requireNonNull(reliability, "reliability is required");
    EnumMap<Modality, Double> copy = new EnumMap<>(Modality.class);
    boolean anyPositive = false;
    for (Map.Entry<Modality, Double> entry : reliability.entrySet()) {
      Modality modality = Objects.requireNonNull(entry.getKey(), "reliability key is required");
      if (modality == Modality.FUSED) {
        throw new IllegalArgumentException("reliability.fused is not allowed: fused is an output");
      }
      Double value = Objects.requireNonNull(entry.getValue(), "reliability value is required");
      Arguments.requireInRange(value, 0, 1, "reliability." + modality.wireName());
      anyPositive |= value > 0;
      copy.put(modality, value);
    }
    for (Modality modality : FusionModalities.INPUTS) {
      if (!copy.containsKey(modality)) {
        throw new IllegalArgumentException("reliability." + modality.wireName() + " is required");
      }
    }
    if (!anyPositive) {
      throw new IllegalArgumentException("reliability: at least one modality must be above 0");
    }
    reliability = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(halfLife, "halfLife is required");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive but was " + halfLife);
    }
    Arguments.requireInRange(minConfidence, 0, 1, "minConfidence");
    if (minConfidence >= 1) {
      throw new IllegalArgumentException("minConfidence must be below 1 but was " + minConfidence);
    }
    Arguments.requireFinite(evidencePrior, "evidencePrior");
    if (evidencePrior <= 0) {
      throw new IllegalArgumentException("evidencePrior must be positive but was " + evidencePrior);
    }
    Arguments.requireInRange(disagreementPenalty, 0, 1, "disagreementPenalty");
    Arguments.requireInRange(valenceConflictThreshold, 0, 1, "valenceConflictThreshold");
  }

  /**
   * The defaults: {@link #DEFAULT_RELIABILITY}, half-life 12 hours, minimum confidence 0.05,
   * evidence prior 1.0, disagreement penalty 0.5, valence conflict threshold 0.2.
   */
  public static FusionConfig defaults() {
    return new FusionConfig(DEFAULT_RELIABILITY, Duration.ofHours(12), 0.05, 1.0, 0.5, 0.2);
  }

  /** A copy with other reliabilities. */
  public FusionConfig withReliability(Map<Modality, Double> newReliability) {
    return new FusionConfig(
        newReliability,
        halfLife,
        minConfidence,
        evidencePrior,
        disagreementPenalty,
        valenceConflictThreshold);
  }

  /** A copy with another half-life. */
  public FusionConfig withHalfLife(Duration newHalfLife) {
    return new FusionConfig(
        reliability,
        newHalfLife,
        minConfidence,
        evidencePrior,
        disagreementPenalty,
        valenceConflictThreshold);
  }

  /** Reliability of {@code modality}, in [0, 1]. */
  public double reliabilityOf(Modality modality) {
    return reliability.get(modality);
  }

  /**
   * The decay factor {@code 2^(-age / halfLife)} for a reading {@code ageSeconds} old; 1 for age 0,
   * in (0, 1] for positive ages (it may underflow to 0 for very old readings).
   */
  public double decay(double ageSeconds) {
    double halfLifeSeconds = halfLife.toNanos() / 1e9;
    return Math.pow(2.0, -ageSeconds / halfLifeSeconds);
  }
}
