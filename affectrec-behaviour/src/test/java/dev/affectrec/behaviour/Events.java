package dev.affectrec.behaviour;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds events for tests. */
public final class Events {
  public static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z"); // a Monday
  private static final AtomicInteger IDS = new AtomicInteger();

  private Events() {}

  public static Event at(int seconds, EventType type, String item) {
    return of("u1", seconds, type, item, null, null, null);
  }

  public static Event valued(int seconds, EventType type, String item, double value) {
    return of("u1", seconds, type, item, value, type == EventType.REVIEW ? "text" : null, null);
  }

  public static Event search(int seconds, String query) {
    return of("u1", seconds, EventType.SEARCH, null, null, query, null);
  }

  public static Event of(
      String user,
      int seconds,
      EventType type,
      String item,
      Double value,
      String text,
      String session) {
    return new Event(
        "e" + IDS.incrementAndGet(),
        user,
        item,
        type,
        T0.plusSeconds(seconds),
        value,
        text,
        new EventContext(null, null, null, null, session));
  }
}
