package dev.affectrec.behaviour;

import static dev.affectrec.behaviour.Events.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sessioniser returns bounds; {@link #stored} plays the store the events were written to before
 * they reached it (one event per id, as the store keeps them), and {@link SessionBounds#select}
 * reads a closed session back by the rule the store's query applies.
 */
class LiveSessioniserTest {
  private final Clock clock = Clock.fixed(Events.T0.plusSeconds(10_000), ZoneOffset.UTC);
  private final Map<String, Event> stored = new LinkedHashMap<>();

  private LiveSessioniser live(int maxEvents, int maxOpen, int maxUsers) {
    return new LiveSessioniser(
        SessionConfig.defaults(), Duration.ZERO, maxEvents, maxOpen, maxUsers, 1_000, clock);
  }

  private List<SessionBounds> ingest(LiveSessioniser live, Event event) {
    stored.putIfAbsent(event.id(), event);
    return live.accept(event);
  }

  private List<Event> read(SessionBounds bounds) {
    return bounds.select(List.copyOf(stored.values()));
  }

  @Test
  void cutsByTheGapAsTheBatchSessioniserDoes() {
    List<Event> events =
        List.of(
            of("u1", 0, EventType.VIEW, "i1", null, null, null),
            of("u1", 600, EventType.CLICK, "i1", null, null, null),
            of("u1", 600 + 1801, EventType.VIEW, "i2", null, null, null),
            of("u1", 4000, EventType.VIEW, "i3", null, null, null));
    LiveSessioniser live = live(100, 4, 100);
    List<SessionBounds> closed = new ArrayList<>();
    events.forEach(e -> closed.addAll(ingest(live, e)));
    assertThat(closed).hasSize(1);
    assertThat(read(closed.get(0))).containsExactlyElementsOf(events.subList(0, 2));
    assertThat(closed.get(0).id()).isEqualTo("u1@" + events.get(0).id());
    closed.addAll(live.closeIdle(clock.instant()));
    List<Session> batch = new Sessioniser(SessionConfig.defaults()).sessions(events);
    assertThat(closed.stream().map(this::read).toList())
        .isEqualTo(batch.stream().map(Session::events).toList());
    assertThat(live.openSessions()).isZero();
  }

  @Test
  void ignoresRetriedEventsAndKeepsMemoryBounded() {
    LiveSessioniser live = live(3, 1, 2);
    Event first = of("u1", 0, EventType.VIEW, "i1", null, null, null);
    ingest(live, first);
    assertThat(ingest(live, first)).isEmpty();
    // far older than the open session: part of a closed session, not read again
    assertThat(ingest(live, of("u1", -4000, EventType.VIEW, "i0", null, null, null))).isEmpty();
    ingest(live, of("u1", 1, EventType.VIEW, "i2", null, null, null));
    // the third event fills the session, which closes
    assertThat(ingest(live, of("u1", 2, EventType.VIEW, "i3", null, null, null)))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.events()).isEqualTo(3);
              assertThat(read(s)).hasSize(3).first().isEqualTo(first);
            });
    // a second client session of u1 closes the first (one open session per user)
    ingest(live, of("u1", 3, EventType.VIEW, "i1", null, null, "a"));
    assertThat(ingest(live, of("u1", 4, EventType.VIEW, "i1", null, null, "b"))).hasSize(1);
    ingest(live, of("u2", 5, EventType.VIEW, "i1", null, null, null));
    // a third user closes the least recently active one's sessions
    assertThat(ingest(live, of("u3", 6, EventType.VIEW, "i1", null, null, null)))
        .singleElement()
        .satisfies(s -> assertThat(s.user()).isEqualTo("u1"));
    live.forget("u2");
    assertThat(live.openSessions()).isEqualTo(1);
    assertThat(live.closeAll()).hasSize(1);
  }

  @Test
  void allOpenSessionsTogetherAreAtMostTheSessionCapAndEveryEventIsReadOnce() {
    LiveSessioniser live =
        new LiveSessioniser(SessionConfig.defaults(), Duration.ZERO, 10, 1, 1_000, 25, clock);
    List<SessionBounds> closed = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      String user = "u" + (n % 30);
      closed.addAll(ingest(live, of(user, n, EventType.VIEW, "i" + n, null, null, null)));
      assertThat(live.openSessions()).isLessThanOrEqualTo(25);
    }
    // Nothing is lost: every event is in a closed session or still open.
    int read = closed.stream().mapToInt(SessionBounds::events).sum();
    assertThat(read + live.openEvents()).isEqualTo(300);
    // The least recently active users were closed first: the latest user's session is open.
    assertThat(closed.get(closed.size() - 1).user()).isNotEqualTo("u29");
    int beforeErasure = live.openEvents();
    live.forget("u29");
    int left = live.openEvents();
    List<SessionBounds> rest = live.closeAll();
    assertThat(rest.stream().mapToInt(SessionBounds::events).sum()).isEqualTo(left);
    assertThat(live.openEvents()).isZero();
    // Read back from the store, each session holds exactly the events it counted, and no event of
    // a closed session is read twice.
    closed.addAll(rest);
    List<Event> all = closed.stream().flatMap(s -> read(s).stream()).toList();
    assertThat(closed).allSatisfy(s -> assertThat(read(s)).hasSize(s.events()));
    assertThat(all).doesNotHaveDuplicates().hasSize(300 - (beforeErasure - left));
  }

  @Test
  void eventsAtOneInstantAfterACapStartANewSessionThatDoesNotReadTheClosedOnesEvents() {
    // A steady stream with one timestamp (issue 21's soak): a session closed by maxEvents is
    // followed by one that holds only later events in (time, id) order; earlier ones are ignored.
    LiveSessioniser live =
        new LiveSessioniser(
            SessionConfig.defaults(),
            Duration.ZERO,
            3,
            4,
            100,
            1_000,
            Clock.fixed(Events.T0.plusSeconds(2_000), ZoneOffset.UTC));
    List<SessionBounds> closed = new ArrayList<>();
    for (String id : List.of("b", "d", "c", "a", "e", "f", "g")) {
      closed.addAll(ingest(live, sameInstant(id, 0)));
    }
    closed.addAll(ingest(live, sameInstant("h", 1_000)));
    // The closed sessions' instant is idle, but a session of the same stream is still open: the
    // sweep keeps their end, so a straggler within it is still ignored rather than joining "h".
    assertThat(live.closeIdle(Events.T0.plusSeconds(2_000))).isEmpty();
    assertThat(ingest(live, sameInstant("c2", 0))).isEmpty();
    closed.addAll(live.closeAll());
    // A straggler stored within a closed session's bounds is read with it.
    assertThat(closed.stream().map(s -> read(s).stream().map(Event::id).toList()))
        .containsExactly(List.of("b", "c", "c2", "d"), List.of("e", "f", "g"), List.of("h"));
    assertThat(closed.get(1).id()).isEqualTo("u1@e");
    assertThat(closed).extracting(SessionBounds::events).containsExactly(3, 3, 1);
  }

  private static Event sameInstant(String id, int seconds) {
    return new Event(
        id,
        "u1",
        "i1",
        EventType.VIEW,
        Events.T0.plusSeconds(seconds),
        null,
        null,
        EventContext.EMPTY);
  }
}
