package dev.affectrec.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final Instant T = Instant.parse("2024-01-02T03:04:05Z");

  @Test
  void rateNeedsValueAndItem() {
    assertThatThrownBy(() -> new Event("e1", "u1", "i1", EventType.RATE, T, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value")
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> new Event("e1", "u1", null, EventType.RATE, T, 4.0, null, null))
        .hasMessageContaining("item");
    Event ok = new Event("e1", "u1", "i1", EventType.RATE, T, 4.0, null, null);
    assertThat(ok.context()).isEqualTo(EventContext.EMPTY);
  }

  @Test
  void reviewAndSearchNeedText() {
    assertThatThrownBy(() -> new Event("e1", "u1", "i1", EventType.REVIEW, T, null, "  ", null))
        .hasMessageContaining("text");
    Event search = new Event("e2", "u1", null, EventType.SEARCH, T, null, "red shoes", null);
    assertThat(search.item()).isNull();
  }

  @Test
  void rejectsBlankIdsNonFiniteValuesAndNegativeDwell() {
    assertThatThrownBy(() -> new Event(" ", "u1", "i1", EventType.VIEW, T, null, null, null))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> new Event("e", "", "i1", EventType.VIEW, T, null, null, null))
        .hasMessageContaining("user");
    assertThatThrownBy(() -> new Event("e", "u", "i1", EventType.VIEW, T, Double.NaN, null, null))
        .hasMessageContaining("value");
    assertThatThrownBy(() -> new Event("e", "u", "i1", EventType.DWELL, T, -1.0, null, null))
        .hasMessageContaining("dwell");
    assertThatThrownBy(() -> new Event("e", "u", "i1", EventType.VIEW, null, null, null, null))
        .hasMessageContaining("time");
  }

  @Test
  void wireNamesRoundTrip() {
    for (EventType type : EventType.values()) {
      assertThat(EventType.fromWireName(type.wireName())).contains(type);
    }
    assertThat(EventType.fromWireName("ADD_TO_CART")).isEmpty();
    assertThat(EventType.fromWireName("teleport")).isEmpty();
    assertThat(EventType.fromWireName(null)).isEmpty();
    assertThat(EventType.wireNames()).startsWith("view, click, add_to_cart");
  }

  @Test
  void itemsAndUsersCopyTheirCollections() {
    Item item = new Item("i", null, null, List.of("Drama"), Map.of("year", "1995"), null);
    assertThat(item.title()).isEmpty();
    assertThatThrownBy(() -> item.categories().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Item("i", "", "", List.of(" "), null, null))
        .hasMessageContaining("categories");
    assertThat(User.ofId("u").attributes()).isEmpty();
    assertThat(Item.ofId("i").categories()).isEmpty();
    assertThat(new EventContext(null, "web", null, null, null).isEmpty()).isFalse();
  }
}
