package dev.affectrec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.serving.FeedbackWeights;
import dev.affectrec.serving.StoreTrainingData;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.Consent;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark reading of a store (through its Parquet snapshot) gives the same training data as the
 * single-node reader: same weighted interactions in the same order, satisfaction, contexts and
 * counts, with returns, ratings, refused consent and item-less events in the mix.
 */
class SparkTrainingDataTest {
  private static final Instant T0 = Instant.parse("2026-10-01T10:00:00.123456Z");

  @TempDir Path dir;

  @Test
  void sparkReadsTheSameTrainingDataAsTheSingleNodeReader() {
    SparkSession spark = LocalSpark.session();
    try (EventStore store = EventStores.open(StoreConfig.of(dir.resolve("data"), null))) {
      store.append(events());
      store.access().putConsent(new Consent("u5", Modality.BEHAVIOUR, false, T0));

      long written = ParquetSnapshot.write(spark, store, dir.resolve("snapshot"));
      StoreTrainingData expected = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
      StoreTrainingData actual =
          SparkTrainingData.read(
              EventFrames.parquet(spark, dir.resolve("snapshot"), EventColumns.TRAINING),
              store,
              FeedbackWeights.DEFAULTS);

      assertThat(written).isEqualTo(store.eventCount());
      assertSameMatrix(actual.matrix(), expected.matrix());
      assertThat(actual.satisfaction()).isEqualTo(expected.satisfaction()).isNotEmpty();
      assertThat(actual.contexts()).isEqualTo(expected.contexts()).isNotEmpty();
      assertThat(actual.events()).isEqualTo(expected.events());
      assertThat(actual.withheld()).isEqualTo(expected.withheld()).isPositive();
      assertThat(actual.skipped()).isEqualTo(expected.skipped());
      assertThat(actual.newest()).isEqualTo(expected.newest());
    }
  }

  private static void assertSameMatrix(InteractionMatrix actual, InteractionMatrix expected) {
    assertThat(actual.users().size()).isEqualTo(expected.users().size());
    assertThat(actual.items().size()).isEqualTo(expected.items().size());
    for (int u = 0; u < expected.userCount(); u++) {
      assertThat(actual.users().id(u)).isEqualTo(expected.users().id(u));
    }
    for (int i = 0; i < expected.itemCount(); i++) {
      assertThat(actual.items().id(i)).isEqualTo(expected.items().id(i));
    }
    assertThat(actual.rowValues()).containsExactly(expected.rowValues());
    assertThat(actual.rowItems()).containsExactly(expected.rowItems());
    assertThat(actual.rowTimes()).containsExactly(expected.rowTimes());
  }

  /** Six users on five items: views, purchases, a return, ratings, a like, a search, contexts. */
  private static List<Event> events() {
    List<Event> out = new ArrayList<>();
    EventType[] kinds = {EventType.VIEW, EventType.PURCHASE, EventType.CLICK, EventType.LIKE};
    int n = 0;
    for (int u = 0; u < 6; u++) {
      for (int i = 0; i < 5; i++) {
        if ((u + i) % 3 == 0) {
          continue;
        }
        EventType type = kinds[(u * 5 + i) % kinds.length];
        EventContext context =
            i == 2
                ? new EventContext(u % 2 == 0 ? "mobile" : "desktop", "web", null, null, null)
                : null;
        out.add(event("e" + n++, u, i, type, null, n, context));
      }
    }
    out.add(event("r1", 1, 1, EventType.RATE, 2.0, n++, null));
    out.add(event("r2", 2, 4, EventType.RATE, 5.0, n++, null));
    out.add(event("x1", 0, 1, EventType.RETURN, null, n++, null));
    out.add(event("x2", 4, 0, EventType.DISLIKE, null, n++, null));
    out.add(
        new Event(
            "s1",
            "u3",
            null,
            EventType.SEARCH,
            T0.plusSeconds(n++),
            null,
            "socks",
            EventContext.EMPTY));
    return out;
  }

  private static Event event(
      String id, int u, int i, EventType type, Double value, int second, EventContext context) {
    return new Event(id, "u" + u, "i" + i, type, T0.plusSeconds(second), value, null, context);
  }
}
