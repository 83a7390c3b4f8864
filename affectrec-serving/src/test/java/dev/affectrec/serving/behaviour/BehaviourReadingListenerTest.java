package dev.affectrec.serving.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.Consent;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener on a real SQLite store with the shipped model. */
class BehaviourReadingListenerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dir;

  private static Event event(String id, String user, int minutes, EventType type, String item) {
    return new Event(
        id, user, item, type, T0.plusSeconds(60L * minutes), null, null, EventContext.EMPTY);
  }

  /** The listener with the shipped model and the store's consents, at {@code clock}. */
  private static BehaviourReadingListener listener(EventStore store, Clock clock) {
    return new BehaviourReadingListener(
        store,
        BehaviourModels.shipped(),
        new ConsentPolicy(store.access()),
        new SimpleMeterRegistry(),
        clock);
  }

  private static List<Event> shopping(String user) {
    return List.of(
        event(user + "-1", user, 0, EventType.VIEW, "i1"),
        event(user + "-2", user, 1, EventType.CLICK, "i1"),
        event(user + "-3", user, 2, EventType.ADD_TO_CART, "i1"),
        event(user + "-4", user, 3, EventType.PURCHASE, "i1"),
        // more than 30 minutes later: closes the session above
        event(user + "-5", user, 60, EventType.VIEW, "i2"));
  }

  @Test
  void storesOneReadingPerClosedSessionOnlyWithBehaviourConsent() throws Exception {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.append(shopping("ann"));
      store.append(shopping("bob"));
      store.access().putConsent(new Consent("bob", Modality.BEHAVIOUR, false, T0));
      Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
      try (BehaviourReadingListener listener = listener(store, clock)) {
        listener.accepted(shopping("ann"));
        listener.accepted(shopping("bob"));
        assertThat(listener.awaitIdle(30_000)).isTrue();

        List<EmotionReading> ann = store.readingsOf(Subject.user("ann"), 10);
        assertThat(ann)
            .singleElement()
            .satisfies(
                r -> {
                  assertThat(r.modality()).isEqualTo(Modality.BEHAVIOUR);
                  assertThat(r.sourceEventId()).isEqualTo("ann-4");
                  assertThat(r.time()).isEqualTo(T0.plusSeconds(180));
                  assertThat(r.model()).startsWith("behaviour-random-forest");
                });
        assertThat(store.readingsOf(Subject.user("bob"), 10)).isEmpty();

        // Reading the same session again (a restart, a retry) stores nothing new.
        Session again = new Session("ann@ann-1", "ann", shopping("ann").subList(0, 4));
        assertThat(listener.read(List.of(again))).isZero();
        assertThat(store.readingsOf(Subject.user("ann"), 10)).hasSize(1);
      }
    }
  }

  @Test
  void aSessionClosedByItsEventCapIsReadBackFromTheStoreAndTheNextHoldsOnlyLaterEvents()
      throws Exception {
    // A steady stream with one timestamp (issue 21's soak): the open session holds no events, so
    // the closed one is read back from the store by its (time, id) bounds.
    List<Event> stream = new ArrayList<>();
    for (int n = 0; n < BehaviourReadingListener.MAX_EVENTS + 10; n++) {
      stream.add(
          event(String.format("s-%05d", (n * 7919) % 10_000), "cy", 0, EventType.VIEW, "i1"));
    }
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.append(stream);
      Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
      try (BehaviourReadingListener listener = listener(store, clock)) {
        listener.accepted(stream);
        assertThat(listener.awaitIdle(30_000)).isTrue();
        String last =
            stream.subList(0, BehaviourReadingListener.MAX_EVENTS).stream()
                .map(Event::id)
                .max(String::compareTo)
                .orElseThrow();
        assertThat(store.readingsOf(Subject.user("cy"), 10))
            .singleElement()
            .satisfies(r -> assertThat(r.sourceEventId()).isEqualTo(last));
      }
    }
  }

  @Test
  void fusionWeightsBehaviourByTheReliabilityTheModelLearned() {
    double learned = BehaviourModels.shipped().reliability().orElseThrow();
    assertThat(learned).isBetween(0.01, 0.99);
    assertThat(BehaviourModels.fusion().reliabilityOf(Modality.BEHAVIOUR)).isEqualTo(learned);
    assertThat(BehaviourModels.fusion().reliabilityOf(Modality.TEXT)).isEqualTo(1.0);
  }
}
