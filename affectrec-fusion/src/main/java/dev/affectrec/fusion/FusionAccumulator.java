package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The incremental form of {@link LateFusion}: folds one reading at a time into decayed per-modality
 * totals in O(1) time and memory, whatever the number of readings folded so far. Immutable and
 * thread-safe; {@link #add} returns a new accumulator.
 *
 * <p>The totals are kept decayed to a reference time, the newest reading folded so far. A newer
 * reading first decays the totals to its own time; an older (out-of-order) reading is added with
 * its decay to the reference time. Because decay is exponential, {@link #stateAt} equals {@link
 * LateFusion#fuse} on the same readings (up to rounding) for any time at or after the newest one.
 */
public final class FusionAccumulator {
  private final String user;
  private final FusionConfig config;
  private final Instant reference;
  private final ModalityTotals[] totals;
  private final int ignored;

  private FusionAccumulator(
      String user, FusionConfig config, Instant reference, ModalityTotals[] totals, int ignored) {
    this.user = user;
    this.config = config;
    this.reference = reference;
    this.totals = totals;
    this.ignored = ignored;
  }

  /**
   * An accumulator with no readings.
   *
   * @param user non-blank
   * @param config never null
   */
  public static FusionAccumulator empty(String user, FusionConfig config) {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(config, "config is required");
    ModalityTotals[] totals = new ModalityTotals[FusionModalities.INPUTS.size()];
    java.util.Arrays.fill(totals, ModalityTotals.EMPTY);
    return new FusionAccumulator(user, config, null, totals, 0);
  }

  /**
   * This accumulator with {@code reading} folded in. O(1).
   *
   * @param reading never null, not FUSED
   * @throws IllegalArgumentException for a FUSED reading
   */
  public FusionAccumulator add(EmotionReading reading) {
    Objects.requireNonNull(reading, "reading is required");
    int m = FusionModalities.index(reading.modality());
    if (reading.confidence() < config.minConfidence()) {
      return new FusionAccumulator(user, config, reference, totals, ignored + 1);
    }
    ModalityTotals[] next = totals.clone();
    Instant newReference = reference;
    if (reference == null || !reading.time().isBefore(reference)) {
      double factor = reference == null ? 1.0 : decayBetween(reference, reading.time());
      for (int i = 0; i < next.length; i++) {
        next[i] = next[i].scaled(factor);
      }
      newReference = reading.time();
      next[m] = next[m].plus(reading, 1.0);
    } else {
      next[m] = next[m].plus(reading, decayBetween(reading.time(), reference));
    }
    return new FusionAccumulator(user, config, newReference, next, ignored);
  }

  /**
   * The fused state at {@code at}.
   *
   * @param at never null, not before {@link #newestReading()} (when there is one)
   * @throws IllegalArgumentException if {@code at} is before the newest folded reading: the
   *     accumulator cannot forget readings; use {@link LateFusion#fuse} or {@link EmotionHistory}
   */
  public FusionResult stateAt(Instant at) {
    Objects.requireNonNull(at, "at is required");
    if (reference == null) {
      return StateAssembler.assemble(user, at, totals, ignored, config);
    }
    if (at.isBefore(reference)) {
      throw new IllegalArgumentException(
          "at " + at + " is before the newest folded reading " + reference);
    }
    double factor = decayBetween(reference, at);
    ModalityTotals[] decayed = new ModalityTotals[totals.length];
    for (int i = 0; i < decayed.length; i++) {
      decayed[i] = totals[i].scaled(factor);
    }
    return StateAssembler.assemble(user, at, decayed, ignored, config);
  }

  /** The time of the newest reading folded so far, or null when none was. */
  public Instant newestReading() {
    return reference;
  }

  /** The user whose readings are folded, never null. */
  public String user() {
    return user;
  }

  private double decayBetween(Instant from, Instant to) {
    return config.decay(LateFusion.seconds(Duration.between(from, to)));
  }
}
