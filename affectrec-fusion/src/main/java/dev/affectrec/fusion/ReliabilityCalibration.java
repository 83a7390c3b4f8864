package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Modality;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Learns modality reliabilities from measured accuracy. Stateless and thread-safe.
 *
 * <p>How to learn them: on a held-out set where reference labels are known (for example the
 * polarity of reviews a user wrote, or annotated face photos), measure each modality's accuracy
 * against the reference with the same number of classes, then call {@link #fromAccuracy}. A
 * modality at chance gets reliability 0 and a perfect one gets 1 (Cohen's-kappa-like rescaling).
 */
public final class ReliabilityCalibration {
  private ReliabilityCalibration() {}

  /**
   * Reliability {@code max(0, (accuracy - chance) / (1 - chance))} per modality.
   *
   * @param accuracy per modality, each in [0, 1]; never null, no FUSED key
   * @param chance accuracy of guessing (for example the majority-class rate), in [0, 1)
   * @return reliabilities, one per given modality
   */
  public static Map<Modality, Double> fromAccuracy(Map<Modality, Double> accuracy, double chance) {
    Objects.requireNonNull(accuracy, "accuracy is required");
    Arguments.requireInRange(chance, 0, 1, "chance");
    if (chance >= 1) {
      throw new IllegalArgumentException("chance must be below 1 but was " + chance);
    }
    Map<Modality, Double> out = new EnumMap<>(Modality.class);
    accuracy.forEach(
        (modality, value) -> {
          FusionModalities.index(modality);
          Arguments.requireInRange(value, 0, 1, "accuracy." + modality.wireName());
          out.put(modality, Math.max(0, (value - chance) / (1 - chance)));
        });
    return out;
  }
}
