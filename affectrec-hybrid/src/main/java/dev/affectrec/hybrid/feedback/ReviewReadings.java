package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.recommend.data.Interaction;
import java.util.Optional;

/**
 * The emotion reading of the review that goes with an interaction, if any. This is where the text
 * emotion model plugs in (precomputed readings keyed by event, or a model called on the review
 * text). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ReviewReadings {

  /** No readings at all: every emotion feature is constant, and weighting is plain. */
  ReviewReadings NONE = interaction -> Optional.empty();

  /** The reading of {@code interaction}'s review, empty when it has none. */
  Optional<EmotionReading> of(Interaction interaction);
}
