package dev.affectrec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveShopTest {
  static final DemoConfig SMALL =
      new DemoConfig(7, 60, 5, 14, Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void theHistoryIsTheSameShopAndLiveSessionsHappenNowWithFreshIds() {
    LiveShop shop = LiveShop.open(SMALL);
    assertThat(shop.history()).isEqualTo(DemoShop.generate(SMALL));
    Set<String> ids = new HashSet<>();
    shop.history().events().forEach(e -> ids.add(e.id()));
    Set<String> users = new HashSet<>();
    shop.history().users().forEach(u -> users.add(u.id()));
    Instant now = Instant.parse("2026-02-01T12:00:00Z");
    List<Event> live = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      live.addAll(shop.nextSession(now.plusSeconds(i)));
    }
    assertThat(live).isNotEmpty();
    assertThat(live)
        .allSatisfy(
            e -> {
              assertThat(ids.add(e.id())).as("fresh id %s", e.id()).isTrue();
              assertThat(users).contains(e.user());
              assertThat(e.time()).isBetween(now, now.plus(Duration.ofHours(1)));
            });
    assertThat(live).anyMatch(e -> e.type() == EventType.REVIEW && e.text() != null);
    assertThat(shop.moodOf(live.get(0).user())).isNotNull();
    assertThat(shop.moodOf("nobody")).isNull();
  }

  @Test
  void shoppersClickWhatAppealsToThemInTheirMood() {
    LiveShop shop = LiveShop.open(SMALL);
    String user = shop.history().users().get(0).id();
    String item = shop.history().items().get(0).id();
    assertThat(shop.clicks(user, item, 1.0)).isFalse();
    assertThat(shop.clicks("nobody", item, 0.0)).isFalse();
    long clicks =
        shop.history().items().stream().filter(i -> shop.clicks(user, i.id(), 0.2)).count();
    assertThat(clicks).isBetween(1L, (long) shop.history().items().size() - 1);
  }
}
