package dev.affectrec.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventMessagesTest {
  private static final String VIEW =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\","
          + "\"time\":\"2024-05-01T12:00:00Z\"}";

  private static EventMessages.Parsed parse(String value) {
    return EventMessages.parse(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsOneEventOrAnArrayOfThem() {
    assertThat(parse(VIEW).events()).singleElement().extracting(e -> e.id()).isEqualTo("e1");
    EventMessages.Parsed two = parse("[" + VIEW + "," + VIEW.replace("e1", "e2") + "]");
    assertThat(two.rejected()).isFalse();
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void rejectsAWholeMessageAndSaysWhy() {
    assertThat(EventMessages.parse(null).reason()).contains("no value");
    assertThat(parse("{\"id\":").reason()).startsWith("malformed JSON");
    EventMessages.Parsed bad = parse("[" + VIEW + ",{\"id\":\"e2\",\"usr\":\"u1\"}]");
    assertThat(bad.rejected()).isTrue();
    assertThat(bad.events()).isEmpty();
    assertThat(bad.reason()).startsWith("invalid event: ").contains("[1].usr").contains("[1].user");
  }
}
