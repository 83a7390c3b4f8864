package dev.affectrec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DemoShopTest {
  private static final DemoConfig SMALL =
      new DemoConfig(7, 60, 5, 14, Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void sameSeedGivesTheSameShop() {
    assertThat(DemoShop.generate(SMALL)).isEqualTo(DemoShop.generate(SMALL));
    DemoShop other = DemoShop.generate(new DemoConfig(8, 60, 5, 14, SMALL.start()));
    assertThat(other.events()).isNotEqualTo(DemoShop.generate(SMALL).events());
  }

  @Test
  void shopHasBilingualCatalogueAndTimeOrderedUniqueEvents() {
    DemoShop shop = DemoShop.generate(SMALL);
    assertThat(shop.users()).hasSize(60);
    assertThat(shop.items()).hasSize(5 * Category.ALL.size());
    assertThat(shop.items())
        .allSatisfy(
            item ->
                assertThat(item.title()).containsPattern("\\p{IsHan}").containsPattern("[A-Za-z]"));
    List<Event> events = shop.events();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      assertThat(ids.add(events.get(i).id())).as("unique id %s", events.get(i).id()).isTrue();
      if (i > 0) {
        assertThat(events.get(i).time()).isAfterOrEqualTo(events.get(i - 1).time());
      }
    }
    EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
    events.forEach(e -> types.add(e.type()));
    assertThat(types)
        .contains(
            EventType.VIEW,
            EventType.DWELL,
            EventType.PURCHASE,
            EventType.RATE,
            EventType.REVIEW,
            EventType.SEARCH);
  }

  @Test
  void reviewsFollowSatisfaction() {
    DemoShop shop = DemoShop.generate(DemoConfig.DEFAULT);
    List<Event> reviews = shop.events().stream().filter(e -> e.type() == EventType.REVIEW).toList();
    assertThat(reviews).hasSizeGreaterThan(100);
    assertThat(reviews)
        .anyMatch(e -> e.text().matches(".*\\p{IsHan}.*"))
        .anyMatch(e -> e.text().matches("[ -~]+"));
    Predicate<Event> angry =
        e -> e.text().contains("angry") || e.text().contains("Furious") || e.text().contains("气");
    double lowRatedAngry = reviews.stream().filter(e -> e.value() <= 2).filter(angry).count();
    double highRatedAngry = reviews.stream().filter(e -> e.value() >= 4).filter(angry).count();
    assertThat(lowRatedAngry).isGreaterThan(0);
    assertThat(highRatedAngry).isZero();
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new DemoConfig(1, 0, 5, 5, Instant.EPOCH))
        .hasMessageContaining("users");
    assertThatThrownBy(() -> new DemoConfig(1, 5, 5, 5000, Instant.EPOCH))
        .hasMessageContaining("days");
    assertThatThrownBy(() -> new DemoConfig(1, 5, 5, 5, null)).hasMessageContaining("start");
  }
}
