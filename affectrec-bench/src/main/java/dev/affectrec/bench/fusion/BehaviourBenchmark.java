package dev.affectrec.bench.fusion;

import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.ColdStartRules;
import dev.affectrec.behaviour.RuleVerdict;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.features.SessionFeatures;
import dev.affectrec.behaviour.features.UserHistory;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.bench.MicroBenchmark;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Per-session cost of reading behaviour: features plus the shipped forest, against features plus
 * the cold-start rules (the baseline) and features alone, on a 20-event shopping session.
 */
public class BehaviourBenchmark extends MicroBenchmark {
  private static final EventType[] CYCLE = {
    EventType.VIEW, EventType.CLICK, EventType.CLICK, EventType.DWELL, EventType.ADD_TO_CART
  };

  private Session session;
  private FeatureExtractor extractor;
  private BehaviourModel model;
  private final UserHistory history = new UserHistory(4, 12, 3.8);

  /** Builds a 20-event session and loads the shipped model. */
  @Setup
  public void setUp() throws IOException {
    Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      EventType type = i == 19 ? EventType.PURCHASE : CYCLE[i % CYCLE.length];
      Double value = type == EventType.DWELL ? 30.0 + i : null;
      events.add(
          new Event(
              "e" + i,
              "u1",
              "i" + (i / 5),
              type,
              t0.plusSeconds(7L * i),
              value,
              null,
              EventContext.EMPTY));
    }
    session = new Session("s1", "u1", events);
    extractor = new FeatureExtractor(FeatureConfig.defaults());
    model = BehaviourModel.loadDefault();
  }

  /** Feature extraction alone. */
  @Benchmark
  public SessionFeatures featuresOnly() {
    return extractor.extract(session, history);
  }

  /** Baseline: features and the transparent rules. */
  @Benchmark
  public RuleVerdict featuresAndRules() {
    return ColdStartRules.apply(extractor.extract(session, history));
  }

  /** Features and the 30-tree forest. */
  @Benchmark
  public PolarityScores featuresAndForest() {
    return model.predict(extractor.extract(session, history));
  }
}
