package dev.affectrec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.engine.EngineTraining;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.Consent;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark engine reads the texts without a reading of a small SQLite store on local[2] and stores
 * exactly the readings the service's own reader stores for them: none for a text already read, none
 * for a user who refused text consent.
 */
class SparkTextReadingsTest {
  private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void sparkStoresTheReadingsTheServiceWouldStoreForUnreadTexts() throws Exception {
    List<Event> events =
        List.of(
            text("r1", "u1", EventType.REVIEW, "i1", "I love this, it is wonderful!", 1),
            text("r2", "u2", EventType.REVIEW, "i1", "Terrible. It broke after a day.", 2),
            text("s1", "u1", EventType.SEARCH, null, "warm winter socks", 3),
            text("r3", "u3", EventType.REVIEW, "i2", "质量很差，非常失望", 4),
            text("r4", "u4", EventType.REVIEW, "i2", "Refused consent, never read.", 5),
            text("r5", "u1", EventType.REVIEW, "i2", "Already read before.", 6),
            new Event("v1", "u1", "i1", EventType.VIEW, T0.plusSeconds(7), null, null, null));
    Map<String, EmotionReading> expected;
    try (EventStore single = EventStores.open(StoreConfig.of(dir.resolve("single"), null));
        ReviewReadingListener reader = ReviewReadingListener.standalone(single)) {
      fill(single, events);
      reader.catchUp();
      expected = readings(single);
    }
    try (EventStore store = EventStores.open(StoreConfig.of(dir.resolve("spark"), null))) {
      fill(store, events);

      long stored =
          new SparkEngine()
              .readTexts(
                  new EngineTraining(
                      store,
                      null,
                      dir.resolve("snapshot"),
                      "local[2]",
                      "spark-als",
                      ServingOptions.DEFAULTS,
                      Clock.systemUTC()));

      assertThat(stored).isEqualTo(4);
      Map<String, EmotionReading> actual = readings(store);
      assertThat(actual.keySet()).containsExactlyInAnyOrder("r1", "r2", "s1", "r3", "r5");
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.get("r1").polarity().positive())
          .isGreaterThan(actual.get("r2").polarity().positive());
    }
  }

  /** The events, a refusal of text consent by u4, and an earlier reading of r5. */
  private static void fill(EventStore store, List<Event> events) {
    store.append(events);
    store.access().putConsent(new Consent("u4", Modality.TEXT, false, T0));
    EmotionReading old =
        new EmotionReading(
            Modality.TEXT,
            Subject.user("u1"),
            T0.plusSeconds(6),
            dev.affectrec.api.emotion.EmotionDistribution.NEUTRAL,
            dev.affectrec.api.emotion.PolarityScores.NEUTRAL,
            0,
            0,
            0,
            0.5,
            "earlier-model",
            "r5");
    store.putReadings(List.of(old));
  }

  private static Map<String, EmotionReading> readings(EventStore store) {
    Map<String, EmotionReading> out = new HashMap<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEachEventReading(r -> out.put(r.sourceEventId(), r));
    }
    return out;
  }

  private static Event text(
      String id, String user, EventType type, String item, String text, int second) {
    return new Event(id, user, item, type, T0.plusSeconds(second), null, text, EventContext.EMPTY);
  }
}
