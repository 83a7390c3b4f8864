package dev.affectrec.serving.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.User;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureServiceTest {
  @TempDir Path dir;

  @Test
  void barriersRunFirstAndListenersHearOnlyOfUsersThatExisted() {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.putUsers(List.of(User.ofId("alice")));
      List<String> calls = new ArrayList<>();
      ErasureService erasure = new ErasureService(store, java.time.Clock.systemUTC());
      erasure.addBarrier(
          () -> calls.add("barrier: alice stored=" + store.user("alice").isPresent()));
      erasure.addListener(user -> calls.add("erased " + user));

      assertThat(erasure.erase("alice")).isTrue();
      assertThat(store.user("alice")).isEmpty();
      assertThat(erasure.erase("nobody")).isFalse();
      assertThat(calls)
          .containsExactly(
              "barrier: alice stored=true", "erased alice", "barrier: alice stored=false");
    }
  }

  @Test
  void anErasureIsRecordedAsPendingByKeyedHashNeverById() {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.putUsers(List.of(User.ofId("alice"), User.ofId("bob")));
      ErasureService erasure = new ErasureService(store, java.time.Clock.systemUTC());

      erasure.erase("alice");

      ErasedUsers hashes = ErasedUsers.of(store.access());
      assertThat(store.access().pendingErasures())
          .extracting(dev.affectrec.store.access.PendingErasure::userHash)
          .containsExactly(hashes.hash("alice"))
          .noneMatch(hash -> hash.contains("alice"));
      List<String> modelUsers = List.of("bob", "alice", "carol");
      assertThat(hashes.pendingAmong(modelUsers.size(), modelUsers::get)).containsExactly("alice");
    }
  }
}
