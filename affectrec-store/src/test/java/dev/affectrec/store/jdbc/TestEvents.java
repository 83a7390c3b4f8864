package dev.affectrec.store.jdbc;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;

/** Small events for store tests. */
final class TestEvents {
  static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

  private TestEvents() {}

  static Event view(String id, String user, String item, long secondsAfterT0) {
    return new Event(
        id, user, item, EventType.VIEW, T0.plusSeconds(secondsAfterT0), null, null, null);
  }

  static Event rate(String id, String user, String item, double value, long secondsAfterT0) {
    return new Event(
        id, user, item, EventType.RATE, T0.plusSeconds(secondsAfterT0), value, null, null);
  }

  static Event fullReview() {
    return new Event(
        "review-1",
        "alice",
        "book-1",
        EventType.REVIEW,
        Instant.parse("2024-05-02T08:30:00.123456Z"),
        4.5,
        "很好看, loved it",
        new EventContext("mobile", "app", "Shanghai", "zh-CN", "s-42"));
  }

  static Event review(String id, String user, String item, String text) {
    return new Event(id, user, item, EventType.REVIEW, T0, 4.0, text, EventContext.EMPTY);
  }
}
