package dev.affectrec.behaviour.model;

import static dev.affectrec.behaviour.Events.at;
import static dev.affectrec.behaviour.Events.valued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewReadingLabelsTest {
  private static EmotionReading text(Event event, PolarityScores polarity, double confidence) {
    return EmotionReading.derived(
        Modality.TEXT,
        Subject.user(event.user()),
        event.time(),
        EmotionDistribution.NEUTRAL,
        polarity,
        0.5,
        confidence,
        "text-test",
        event.id());
  }

  @Test
  void labelIsTheConfidenceWeightedPolarityOfTheReviewReadings() {
    Event glowing = valued(0, EventType.REVIEW, "i1", 5);
    Event angry = valued(10, EventType.REVIEW, "i2", 5);
    Event view = at(20, EventType.VIEW, "i3");
    Map<Event, EmotionReading> readings =
        Map.of(
            glowing, text(glowing, new PolarityScores(0, 0, 1), 0.2),
            angry, text(angry, new PolarityScores(1, 0, 0), 0.9));
    ReviewReadingLabels labels =
        new ReviewReadingLabels("text-test", e -> Optional.ofNullable(readings.get(e)));
    // the stars say positive; the confident text reading says negative
    assertThat(labels.label(new Session("s", "u1", List.of(glowing, angry, view))))
        .contains(Polarity.NEGATIVE);
    assertThat(labels.label(new Session("t", "u1", List.of(view)))).isEmpty();
    assertThat(labels.name()).isEqualTo("text-test");
    assertThatThrownBy(() -> new ReviewReadingLabels(" ", e -> Optional.empty()))
        .hasMessageContaining("name");
  }
}
