package dev.affectrec.io.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whatItWritesTheStrictReaderReadsBackEqual() throws Exception {
    List<Event> events =
        List.of(
            new Event(
                "e1",
                "u1",
                "i1",
                EventType.RATE,
                Instant.parse("2024-05-01T12:00:00.250Z"),
                4.5,
                null,
                new EventContext("mobile", "app", "Berlin", "zh-CN", "s-9")),
            new Event(
                "e2",
                "u \"quoted\"",
                null,
                EventType.SEARCH,
                Instant.parse("2024-05-01T12:00:00Z"),
                null,
                "好看的电影\n",
                EventContext.EMPTY));
    for (Event event : events) {
      List<EventFieldError> errors = new ArrayList<>();
      Event back =
          EventJsonReader.STRICT.read(JSON.readTree(EventJsonWriter.toJson(event)), "", errors);
      assertThat(errors).isEmpty();
      assertThat(back).isEqualTo(event);
    }
  }

  @Test
  void leavesAbsentFieldsOut() {
    Event view =
        new Event(
            "e3",
            "u1",
            "i1",
            EventType.VIEW,
            Instant.parse("2024-05-01T12:00:00Z"),
            null,
            null,
            null);
    assertThat(new String(EventJsonWriter.toJson(view), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"id\":\"e3\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\","
                + "\"time\":\"2024-05-01T12:00:00Z\"}");
  }
}
