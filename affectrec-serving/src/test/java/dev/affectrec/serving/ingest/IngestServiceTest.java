package dev.affectrec.serving.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
  @TempDir Path dir;

  @Test
  void listenersSeeEachStoredEventOnceHoweverOftenABatchIsSent() {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")))) {
      IngestService ingest = new IngestService(store, new SimpleMeterRegistry());
      List<List<Event>> heard = new ArrayList<>();
      ingest.addListener(heard::add);
      Event e1 = purchase("e1", "i1");
      Event e2 = purchase("e2", "i2");
      Event sameIdAsE1 = purchase("e1", "i9");

      AppendResult first = ingest.accept(List.of(e1, sameIdAsE1, e2));
      // A client that timed out retries the whole batch, with one new event.
      AppendResult retry = ingest.accept(List.of(e2, e1, purchase("e3", "i3")));
      AppendResult again = ingest.accept(List.of(e1, e2));

      assertThat(first.inserted()).isEqualTo(2);
      assertThat(first.duplicates()).isEqualTo(1);
      assertThat(retry.inserted()).isEqualTo(1);
      assertThat(again.inserted()).isZero();
      // Counting listeners (live fold-in weights, popularity) would otherwise count e1 and e2
      // again.
      assertThat(heard).hasSize(2);
      assertThat(heard.get(0)).containsExactly(e1, e2);
      assertThat(heard.get(1)).extracting(Event::id).containsExactly("e3");
    }
  }

  private static Event purchase(String id, String item) {
    return new Event(
        id,
        "u1",
        item,
        EventType.PURCHASE,
        Instant.parse("2026-11-28T06:00:00Z"),
        null,
        null,
        null);
  }
}
