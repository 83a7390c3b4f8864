package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.EmotionState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class UserViewCacheTest {
  private final AtomicInteger reads = new AtomicInteger();

  private Supplier<UserView> reader(String user) {
    return () -> {
      reads.incrementAndGet();
      return new UserView(
          EmotionState.unknown(user, TwoClusterShop.T0),
          List.of(),
          TwoClusterShop.T0,
          null,
          null,
          Map.of());
    };
  }

  @Test
  void aViewAnswersUntilItIsInvalidated() {
    UserViewCache cache = new UserViewCache(Duration.ofMinutes(1), 10);
    UserView first = cache.get("alice", false, reader("alice"));
    assertThat(cache.get("alice", false, reader("alice"))).isSameAs(first);
    assertThat(reads).hasValue(1);

    cache.invalidate("alice");
    assertThat(cache.get("alice", false, reader("alice"))).isNotSameAs(first);
    cache.invalidateAll();
    cache.get("alice", false, reader("alice"));
    assertThat(reads).hasValue(3);
  }

  @Test
  void anExpiredViewOrOneReadWithoutTextIsReadAgain() {
    UserViewCache expiring = new UserViewCache(Duration.ZERO, 10);
    expiring.get("alice", false, reader("alice"));
    expiring.get("alice", false, reader("alice"));
    assertThat(reads).hasValue(2);

    UserViewCache cache = new UserViewCache(Duration.ofMinutes(1), 10);
    cache.get("bob", false, reader("bob"));
    cache.get("bob", true, reader("bob"));
    // Read with text (and found none): answers later requests that need text.
    cache.get("bob", true, reader("bob"));
    assertThat(reads).hasValue(4);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new UserViewCache(Duration.ofSeconds(-1), 10))
        .hasMessageContaining("ttl");
    assertThatThrownBy(() -> new UserViewCache(Duration.ZERO, 0)).hasMessageContaining("maxUsers");
  }
}
