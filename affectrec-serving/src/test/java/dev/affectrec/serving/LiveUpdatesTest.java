package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.EventType;
import dev.affectrec.recommend.data.IdIndex;
import java.util.List;
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
  void aRebaseDropsWhatTheNewModelAlreadyHoldsAndKeepsTheRest() {
    live.record(List.of(event("e1", "alice", "A1", EventType.PURCHASE, 1, null)));
    long watermark = live.sequence();
    live.record(List.of(event("e2", "bob", "B1", EventType.PURCHASE, 2, null)));
    live.rebase(IdIndex.of(List.of("A1", "B1")), watermark);
    assertThat(live.forUser("alice")).isEmpty();
    assertThat(live.forUser("bob")).containsOnlyKeys("B1");
    assertThat(live.popularity().applyAsDouble(1)).isEqualTo(1.0);
  }

  @Test
  void anErasedUserIsForgottenAcrossRebases() {
    live.record(List.of(event("e1", "alice", "A1", EventType.PURCHASE, 1, null)));
    live.forget("alice");
    assertThat(live.forUser("alice")).isEmpty();
    live.rebase(IdIndex.of(List.of("A1")), 0);
    assertThat(live.forUser("alice")).isEmpty();
    assertThat(live.popularity().applyAsDouble(0)).isZero();
  }
}
