package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.features.FeatureExtractor;
import java.util.Optional;

/**
 * A PROXY label source: the polarity of the stars in the session's rate and review events, not the
 * emotion of the review text. The mean star value decides: at most 2.5 is negative, at least 3.5
 * positive, anything between neutral (a single rating: 1-2 negative, 3 neutral, 4-5 positive).
 * Sessions without a rating have no label. Replace with a text-reading source once text emotion
 * readings exist. Stateless and thread-safe.
 */
public final class StarRatingLabels implements SessionLabelSource {

  @Override
  public String name() {
    return "star-rating-proxy";
  }

  @Override
  public Optional<Polarity> label(Session session) {
    double sum = 0;
    int count = 0;
    for (Event event : session.events()) {
      if (FeatureExtractor.isRating(event)) {
        sum += event.value();
        count++;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(ofStars(sum / count));
  }

  /** The polarity of a mean star value on a 1-5 scale. */
  public static Polarity ofStars(double stars) {
    if (stars <= 2.5) {
      return Polarity.NEGATIVE;
    }
    return stars >= 3.5 ? Polarity.POSITIVE : Polarity.NEUTRAL;
  }
}
