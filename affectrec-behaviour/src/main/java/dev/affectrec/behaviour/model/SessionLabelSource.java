package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.behaviour.Session;
import java.util.Optional;

/**
 * Where the distant-supervision label of a session comes from. The intended source is the text
 * emotion of the reviews the user wrote in the session ({@link ReviewReadingLabels}, which takes
 * any function from a review event to a text reading); until text readings are available, {@link
 * StarRatingLabels} is a proxy. Implementations must be thread-safe.
 */
public interface SessionLabelSource {
  /** Short name recorded in the model's provenance, for example {@code star-rating-proxy}. */
  String name();

  /**
   * The label of {@code session}, or empty when the session carries no evidence for one (it is then
   * left out of training and evaluation).
   */
  Optional<Polarity> label(Session session);
}
