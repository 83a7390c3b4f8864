package dev.affectrec.behaviour;

import static dev.affectrec.behaviour.Events.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.UserHistory;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.behaviour.model.BehaviourTrainer;
import dev.affectrec.behaviour.model.TrainerConfig;
import dev.affectrec.behaviour.model.TrainingFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourRecognizerTest {
  private static final Session RETURNED =
      new Session(
          "s1",
          "u1",
          List.of(
              at(0, EventType.PURCHASE, "i1"),
              at(30, EventType.VIEW, "i2"),
              at(60, EventType.RETURN, "i1")));

  @Test
  void withoutAModelTheRulesDecideWithTheirConfidence() {
    BehaviourRecognizer recognizer = new BehaviourRecognizer(null, FeatureConfig.defaults(), 1);
    EmotionReading reading = recognizer.recognize(RETURNED, Subject.session("s1"), RETURNED.end());
    assertThat(recognizer.modality()).isEqualTo(Modality.BEHAVIOUR);
    assertThat(reading.modality()).isEqualTo(Modality.BEHAVIOUR);
    assertThat(reading.polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(reading.confidence()).isEqualTo(0.35);
    assertThat(reading.model()).isEqualTo("behaviour-rules-1:return");
    assertThat(reading.sourceEventId()).isEqualTo(RETURNED.events().get(2).id());
    assertThat(reading.valence()).isNegative();
  }

  @Test
  void modelReadsSessionsWithEnoughEventsAndRulesTheRest() {
    BehaviourModel model =
        new BehaviourTrainer(new TrainerConfig(9, 3, 0.9, 7L, false))
            .train(TrainingFixtures.synthetic(90, 1), "synthetic", Map.of(), Map.of());
    BehaviourRecognizer recognizer = new BehaviourRecognizer(model, FeatureConfig.defaults(), 3);
    // The session has no outcome (it ends with a view), so the model reads all of it.
    Session returnedThenBrowsed =
        new Session(
            "s3",
            "u1",
            List.of(
                at(0, EventType.PURCHASE, "i1"),
                at(30, EventType.RETURN, "i1"),
                at(60, EventType.VIEW, "i2")));
    EmotionReading fromModel =
        recognizer.recognize(
            returnedThenBrowsed,
            UserHistory.UNKNOWN,
            Subject.session("s3"),
            returnedThenBrowsed.end());
    assertThat(fromModel.model()).startsWith("behaviour-random-forest");
    assertThat(fromModel.polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(fromModel.confidence())
        .isEqualTo(Math.abs(fromModel.polarity().positive() - fromModel.polarity().negative()));
    // The model reads only the behaviour before an outcome: the return that ends RETURNED is
    // hidden from it, and the purchase before it reads positive.
    EmotionReading beforeOutcome =
        recognizer.recognize(RETURNED, UserHistory.UNKNOWN, Subject.session("s1"), RETURNED.end());
    assertThat(beforeOutcome.polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThat(beforeOutcome.sourceEventId()).isEqualTo(RETURNED.events().get(2).id());
    Session tiny = new Session("s2", "u1", List.of(at(0, EventType.VIEW, "i1")));
    EmotionReading fromRules = recognizer.recognize(tiny, Subject.session("s2"), tiny.end());
    assertThat(fromRules.model()).isEqualTo("behaviour-rules-1:none");
    assertThat(fromRules.confidence()).isEqualTo(0.05);
  }

  @Test
  void polarityIsSpreadOverTheSevenLabels() {
    var d = PolarityEmotions.of(new PolarityScores(0.4, 0.2, 0.4));
    assertThat(d.probability(dev.affectrec.api.emotion.Emotion.ANGER)).isEqualTo(0.1);
    assertThat(d.probability(dev.affectrec.api.emotion.Emotion.JOY)).isEqualTo(0.4);
    assertThat(d.probability(dev.affectrec.api.emotion.Emotion.NEUTRAL)).isEqualTo(0.2);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> new BehaviourRecognizer(null, FeatureConfig.defaults(), 0))
        .hasMessageContaining("minEventsForModel");
    assertThatThrownBy(() -> new BehaviourRecognizer(null, null, 1))
        .hasMessageContaining("features");
  }
}
