package dev.affectrec.behaviour.model;

import static dev.affectrec.behaviour.Events.at;
import static dev.affectrec.behaviour.Events.valued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarRatingLabelsTest {
  private final StarRatingLabels labels = new StarRatingLabels();

  @Test
  void singleStarsMapOneTwoNegativeThreeNeutralFourFivePositive() {
    assertThat(StarRatingLabels.ofStars(1)).isEqualTo(Polarity.NEGATIVE);
    assertThat(StarRatingLabels.ofStars(2)).isEqualTo(Polarity.NEGATIVE);
    assertThat(StarRatingLabels.ofStars(3)).isEqualTo(Polarity.NEUTRAL);
    assertThat(StarRatingLabels.ofStars(4)).isEqualTo(Polarity.POSITIVE);
    assertThat(StarRatingLabels.ofStars(5)).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void sessionLabelIsThePolarityOfTheMeanStarsOfRatesAndReviews() {
    Session mixed =
        new Session(
            "s",
            "u1",
            List.of(
                valued(0, EventType.RATE, "i1", 5),
                valued(10, EventType.REVIEW, "i2", 1),
                at(20, EventType.VIEW, "i3")));
    assertThat(labels.label(mixed)).contains(Polarity.NEUTRAL);
    assertThat(labels.name()).isEqualTo("star-rating-proxy");
    Session none = new Session("t", "u1", List.of(at(0, EventType.VIEW, "i1")));
    assertThat(labels.label(none)).isEmpty();
  }
}
