package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.recommend.data.IdIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {
  private final LiveUpdates live = new LiveUpdates(FeedbackWeights.DEFAULTS);

  @Test
  void positiveInteractionsFoldIntoTheUserAndTheItemsPopularity() {
    live.rebase(IdIndex.of(List.of("A1", "A2")), 0);
    live.record(
        List.of(
            event("e1", "alice", "A2", EventType.PURCHASE, 1, null),
            event("e2", "alice", "A2", EventType.PURCHASE, 2, null),
            event("e3", "bob", "A2", EventType.PURCHASE, 3, null)));
    assertThat(live.sequence()).isEqualTo(3);
    assertThat(live.forUser("alice")).containsOnlyKeys("A2");
    assertThat(live.forUser("alice").get("A2")).isGreaterThan(live.forUser("bob").get("A2"));
    assertThat(live.popularity().applyAsDouble(1)).isEqualTo(3.0);
    assertThat(live.popularity().applyAsDouble(0)).isZero();
    assertThat(live.forUser("carol")).isEmpty();
  }

  @Test
  void aRebaseAtTheMarkKeepsExactlyWhatCameAfterIt() {
    live.record(List.of(event("e1", "alice", "A1", EventType.PURCHASE, 1, null)));
    live.record(List.of(event("e2", "bob", "B1", EventType.PURCHASE, 2, null)));
    long watermark = live.mark();
    live.record(List.of(event("e3", "bob", "B1", EventType.VIEW, 3, null)));
    live.record(List.of(event("e4", "carol", "C1", EventType.PURCHASE, 4, null)));
    live.rebase(IdIndex.of(List.of("A1", "B1", "C1")), watermark);
    assertThat(live.forUser("alice")).isEmpty();
    // Bob's purchase is in the new model; only his view since the mark remains.
    assertThat(live.forUser("bob")).containsExactlyEntriesOf(java.util.Map.of("B1", 0.5f));
    assertThat(live.forUser("carol")).containsOnlyKeys("C1");
    assertThat(live.popularity().applyAsDouble(0)).isZero();
    assertThat(live.popularity().applyAsDouble(1)).isEqualTo(1.0);
    assertThat(live.popularity().applyAsDouble(2)).isEqualTo(1.0);
  }

  @Test
  void aRebaseWithoutAMatchingMarkKeepsTheItemsWithEventsAfterTheWatermark() {
    live.record(List.of(event("e1", "alice", "A1", EventType.PURCHASE, 1, null)));
    long watermark = live.sequence();
    live.record(List.of(event("e2", "bob", "B1", EventType.PURCHASE, 2, null)));
    live.rebase(IdIndex.of(List.of("A1", "B1")), watermark);
    assertThat(live.forUser("alice")).isEmpty();
    assertThat(live.forUser("bob")).containsOnlyKeys("B1");
  }

  @Test
  void anErasedUserIsForgottenAcrossRebases() {
    live.record(List.of(event("e1", "alice", "A1", EventType.PURCHASE, 1, null)));
    live.forget("alice");
    assertThat(live.forUser("alice")).isEmpty();
    assertThat(live.bytes()).isZero();
    live.rebase(IdIndex.of(List.of("A1")), 0);
    assertThat(live.forUser("alice")).isEmpty();
    assertThat(live.popularity().applyAsDouble(0)).isZero();
  }

  @Test
  void aUserKeepsTheirLatestItemsUpToTheCap() {
    int n = LiveUpdates.MAX_ITEMS_PER_USER + 50;
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(event("e" + i, "alice", "I" + i, EventType.PURCHASE, i, null));
    }
    live.record(events);
    assertThat(live.forUser("alice"))
        .hasSize(LiveUpdates.MAX_ITEMS_PER_USER)
        .containsKey("I" + (n - 1))
        .doesNotContainKey("I0")
        .doesNotContainKey("I49")
        .containsKey("I50");
  }

  @Test
  void stateStaysWithinItsByteBudgetHoweverManyEventsArrive() {
    long budget = 4 * LiveUpdates.maxUserBytes();
    LiveUpdates bounded = new LiveUpdates(FeedbackWeights.DEFAULTS, budget);
    List<String> catalogue = IntStream.range(0, 2_000).mapToObj(i -> "item" + i).toList();
    bounded.rebase(IdIndex.of(catalogue), 0);
    Random random = new Random(1);
    long count = 0;
    Event last = null;
    for (int batch = 0; batch < 2_000; batch++) {
      List<Event> events = new ArrayList<>(100);
      for (int i = 0; i < 100; i++) {
        // Half the items are outside the catalogue, so their ids count against the budget too.
        String item = random.nextBoolean() ? "item" + random.nextInt(2_000) : "new" + count;
        last = event("e" + count++, "u" + random.nextInt(5_000), item, EventType.VIEW, 1, null);
        events.add(last);
      }
      bounded.record(events);
      assertThat(bounded.bytes()).isLessThanOrEqualTo(budget);
    }
    assertThat(bounded.sequence()).isEqualTo(200_000);
    long perEntry = LiveUserItems.ENTRY_BYTES;
    long perUser = LiveUserItems.USER_BYTES + LiveUserItems.stringBytes("u0000");
    assertThat(bounded.users() * perUser + bounded.entries() * perEntry)
        .isLessThanOrEqualTo(budget);
    assertThat(bounded.users()).isGreaterThan(0);
    // The users updated most recently are kept, with their latest item.
    assertThat(bounded.forUser(last.user())).containsKey(last.item());
  }

  @Test
  void aReaderDuringIngestSeesWholeEventsOnly() throws Exception {
    // The user's set is changed in place: a reader must never see an item counted in the size
    // before its id is written, or a weight half-added. Every event adds 1 to a new or known item,
    // so each item a reader sees has a whole positive weight.
    live.rebase(IdIndex.of(List.of()), 0);
    int n = 4 * LiveUpdates.MAX_ITEMS_PER_USER;
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 20 * n; i++) {
                live.record(
                    List.of(event("e" + i, "alice", "I" + (i % n), EventType.VIEW, i, null)));
              }
            });
    writer.start();
    long reads = 0;
    while (writer.isAlive() || reads == 0) {
      Map<String, Float> seen = live.forUser("alice");
      assertThat(seen.size()).isLessThanOrEqualTo(LiveUpdates.MAX_ITEMS_PER_USER);
      for (Map.Entry<String, Float> e : seen.entrySet()) {
        assertThat(e.getKey()).isNotNull().startsWith("I");
        assertThat(e.getValue() / FeedbackWeights.DEFAULTS.weight(EventType.VIEW, "I0", null))
            .as(e.getKey())
            .isGreaterThanOrEqualTo(0.999f);
      }
      reads++;
    }
    writer.join();
    assertThat(live.forUser("alice")).hasSize(LiveUpdates.MAX_ITEMS_PER_USER);
  }

  @Test
  void aBudgetTooSmallForOneUserIsRefused() {
    assertThatThrownBy(() -> new LiveUpdates(FeedbackWeights.DEFAULTS, 1_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budgetBytes must be at least");
  }
}
