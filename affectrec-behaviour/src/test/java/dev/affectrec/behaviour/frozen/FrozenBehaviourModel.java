package dev.affectrec.behaviour.frozen;

import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.behaviour.model.BehaviourTrainer;
import dev.affectrec.behaviour.model.LabelledSession;
import dev.affectrec.behaviour.model.TrainerConfig;
import dev.affectrec.behaviour.model.TrainingFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small random forest frozen under {@code frozen/behaviour/} and the sessions it scores. */
final class FrozenBehaviourModel {
  /** The frozen file, a test resource. */
  static final String FILE = "/frozen/behaviour/behaviour-forest.bin";

  /** Its recorded outputs, a test resource. */
  static final String EXPECTED = "/frozen/behaviour/behaviour-forest.expected.tsv";

  /** The creation time recorded in the frozen file. */
  static final Instant CREATED = Instant.parse("2026-12-02T00:00:00Z");

  private FrozenBehaviourModel() {}

  /** Three trees of depth 3 on 60 synthetic sessions. */
  static BehaviourModel train() {
    return new BehaviourTrainer(
            new TrainerConfig(3, 3, 0.5, 11L, false), Clock.fixed(CREATED, ZoneOffset.UTC))
        .train(TrainingFixtures.synthetic(60, 5), "synthetic", Map.of(), Map.of());
  }

  /** Session index to {@code negative neutral positive} scores of twelve unseen sessions. */
  static Map<String, String> outputs(BehaviourModel model) {
    Map<String, String> out = new LinkedHashMap<>();
    List<LabelledSession> sessions = TrainingFixtures.synthetic(12, 99);
    for (int i = 0; i < sessions.size(); i++) {
      PolarityScores p = model.predict(sessions.get(i).features());
      out.put(
          "session " + i,
          "negative=" + p.negative() + " neutral=" + p.neutral() + " positive=" + p.positive());
    }
    return out;
  }
}
