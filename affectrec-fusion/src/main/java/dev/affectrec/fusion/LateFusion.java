package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The batch fusion of a user's readings into the state at one time. Stateless and thread-safe.
 *
 * <p>Each reading's evidence is decayed directly from its own time to {@code at} (see {@link
 * FusionConfig}); {@link FusionAccumulator} computes the same result incrementally.
 */
public final class LateFusion {
  private LateFusion() {}

  /**
   * Fuses {@code readings} into the state of {@code user} at {@code at}.
   *
   * <p>Readings later than {@code at} are not yet known at that time and are left out; readings
   * whose confidence is below {@link FusionConfig#minConfidence()} are left out and counted in
   * {@link FusionResult#ignoredReadings()}. With no usable reading the state is {@link
   * dev.affectrec.api.emotion.EmotionState#unknown} (confidence 0). The caller passes one user's
   * readings (their subjects may be the user or the user's sessions).
   *
   * @param user non-blank
   * @param readings never null, no null elements, no {@code FUSED} readings; any order
   * @param at the time of the state, never null
   * @param config never null
   * @return never null
   * @throws IllegalArgumentException for a blank user or a FUSED reading
   */
  public static FusionResult fuse(
      String user, Collection<EmotionReading> readings, Instant at, FusionConfig config) {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(readings, "readings is required");
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(config, "config is required");
    ModalityTotals[] totals = new ModalityTotals[FusionModalities.INPUTS.size()];
    java.util.Arrays.fill(totals, ModalityTotals.EMPTY);
    int ignored = 0;
    for (EmotionReading reading : readings) {
      Objects.requireNonNull(reading, "readings must not contain null");
      int m = FusionModalities.index(reading.modality());
      if (reading.time().isAfter(at)) {
        continue;
      }
      if (reading.confidence() < config.minConfidence()) {
        ignored++;
        continue;
      }
      double age = seconds(Duration.between(reading.time(), at));
      totals[m] = totals[m].plus(reading, config.decay(age));
    }
    return StateAssembler.assemble(user, at, totals, ignored, config);
  }

  static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
