package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.api.satisfaction.SatisfactionSignals;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How satisfied the user of an interaction was, from whatever affect signals the data holds.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SatisfactionEstimates {

  /** Nothing is known: training weights stay plain and every interaction counts as relevant. */
  SatisfactionEstimates NONE = interaction -> Optional.empty();

  /** The reliability given to review text readings when they estimate satisfaction. */
  double TEXT_RELIABILITY = 0.8;

  /** The satisfaction of {@code interaction}, empty when no signal says anything about it. */
  Optional<Satisfaction> of(Interaction interaction);

  /** The interaction's value read as an explicit rating on {@code scale}. */
  static SatisfactionEstimates ratings(RatingScale scale) {
    Objects.requireNonNull(scale, "scale is required");
    return i -> Optional.of(scale.satisfaction(i.value()));
  }

  /** The review reading of the interaction, trusted at {@code reliability}. */
  static SatisfactionEstimates readings(ReviewReadings readings, double reliability) {
    Objects.requireNonNull(readings, "readings is required");
    return i -> readings.of(i).map(r -> SatisfactionSignals.ofReading(r, reliability));
  }

  /**
   * Every source's estimate of an interaction, combined ({@link Satisfaction#combine}); empty when
   * no source has one.
   */
  static SatisfactionEstimates combining(List<SatisfactionEstimates> sources) {
    List<SatisfactionEstimates> all = List.copyOf(sources);
    if (all.isEmpty()) {
      return NONE;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return i -> {
      List<Satisfaction> found = new ArrayList<>(all.size());
      for (SatisfactionEstimates s : all) {
        s.of(i).ifPresent(found::add);
      }
      return found.isEmpty() ? Optional.empty() : Optional.of(Satisfaction.combine(found));
    };
  }

  /**
   * Whether {@code interaction} counts as a happy outcome: its estimate is happy, or nothing is
   * known about it (implicit feedback is taken at face value).
   */
  default boolean happyOrUnknown(Interaction interaction) {
    return of(interaction).map(Satisfaction::isHappy).orElse(true);
  }
}
