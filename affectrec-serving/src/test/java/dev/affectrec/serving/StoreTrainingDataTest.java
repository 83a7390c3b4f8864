package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static dev.affectrec.serving.TwoClusterShop.reading;
import static dev.affectrec.serving.TwoClusterShop.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.event.EventType;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTrainingDataTest {
  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStores.open(StoreConfig.sqlite(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anEmptyStoreIsNotTrainable() {
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(data.trainable()).isFalse();
    assertThat(data.events()).isZero();
    assertThat(data.newest()).isNull();
  }

  @Test
  void weightsAreSummedPerUserAndItemAndAReturnCancelsAPurchase() {
    store.append(
        List.of(
            event("1", "u", "kept", EventType.VIEW, 0, null),
            event("2", "u", "kept", EventType.PURCHASE, 1, null),
            event("3", "u", "returned", EventType.PURCHASE, 2, null),
            event("4", "u", "returned", EventType.RETURN, 3, null),
            event("5", "u", "rated", EventType.RATE, 4, 4.0),
            event("6", "v", "kept", EventType.RECOMMENDATION_SHOWN, 5, null)));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    InteractionMatrix m = data.matrix();
    assertThat(data.events()).isEqualTo(6);
    assertThat(m.users().size()).isEqualTo(1);
    assertThat(m.items().indexOf("returned")).isNegative();
    int u = m.users().indexOf("u");
    assertThat(m.value(u, m.items().indexOf("kept"))).isEqualTo(3.5f);
    assertThat(m.value(u, m.items().indexOf("rated"))).isEqualTo(4f);
    assertThat(data.contexts().get(new UserItem("u", "kept")).device()).isEqualTo("mobile");
  }

  @Test
  void reviewReadingsAreKeyedByUserAndItemAndUnreadReviewsAreListed() {
    store.append(
        List.of(
            review("r1", "u", "x", 0, "awful, it broke"),
            review("r2", "u", "y", 1, "lovely"),
            event("p1", "u", "x", EventType.PURCHASE, 2, null)));
    store.putReadings(List.of(reading("u", Emotion.ANGER, -1, "r1")));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(data.reviewReadings()).containsOnlyKeys(new UserItem("u", "x"));
    assertThat(data.unread()).extracting(e -> e.id()).containsExactly("r2");
    assertThat(
            data.readings()
                .of(new dev.affectrec.recommend.data.Interaction("u", "x", 1, 0))
                .orElseThrow()
                .emotions()
                .top())
        .isEqualTo(Emotion.ANGER);
  }
}
