package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The intended distant-supervision label source: the text emotion of the reviews written in the
 * session. Each review event is read by a caller-supplied function (for example the text emotion
 * recognizer, or a lookup of stored TEXT readings by source event id); the label is the top
 * polarity of the confidence-weighted mean of the readings' polarity scores. Sessions without a
 * readable review, or whose readings all have confidence 0, have no label. Thread-safe when the
 * function is.
 */
public final class ReviewReadingLabels implements SessionLabelSource {
  private final String name;
  private final Function<Event, Optional<EmotionReading>> reader;

  /**
   * @param name recorded in model provenance, for example {@code text-minilm-v1}; non-blank
   * @param reader reads one review event; never null, returns empty when it cannot
   */
  public ReviewReadingLabels(String name, Function<Event, Optional<EmotionReading>> reader) {
    this.name = dev.affectrec.api.Arguments.requireNonBlank(name, "name");
    this.reader = Objects.requireNonNull(reader, "reader is required");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Polarity> label(Session session) {
    double negative = 0;
    double neutral = 0;
    double positive = 0;
    for (Event event : session.events()) {
      if (event.type() != EventType.REVIEW) {
        continue;
      }
      Optional<EmotionReading> reading = reader.apply(event);
      if (reading.isPresent()) {
        double w = reading.get().confidence();
        PolarityScores p = reading.get().polarity();
        negative += w * p.negative();
        neutral += w * p.neutral();
        positive += w * p.positive();
      }
    }
    if (negative + neutral + positive <= 0) {
      return Optional.empty();
    }
    return Optional.of(PolarityScores.normalised(negative, neutral, positive).label());
  }
}
