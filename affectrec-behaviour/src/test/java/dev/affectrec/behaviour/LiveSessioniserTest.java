package dev.affectrec.behaviour;

import static dev.affectrec.behaviour.Events.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSessioniserTest {
  private final Clock clock = Clock.fixed(Events.T0.plusSeconds(10_000), ZoneOffset.UTC);

  private LiveSessioniser live(int maxEvents, int maxOpen, int maxUsers) {
    return new LiveSessioniser(
        SessionConfig.defaults(), Duration.ZERO, maxEvents, maxOpen, maxUsers, 1_000, clock);
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
    List<Session> closed = new ArrayList<>();
    events.forEach(e -> closed.addAll(live.accept(e)));
    assertThat(closed).hasSize(1);
    assertThat(closed.get(0).events()).containsExactlyElementsOf(events.subList(0, 2));
    assertThat(closed.get(0).id()).isEqualTo("u1@" + events.get(0).id());
    closed.addAll(live.closeIdle(clock.instant()));
    List<Session> batch = new Sessioniser(SessionConfig.defaults()).sessions(events);
    assertThat(closed)
        .extracting(Session::events)
        .isEqualTo(batch.stream().map(Session::events).toList());
    assertThat(live.openSessions()).isZero();
  }

  @Test
  void ignoresRetriedEventsAndKeepsMemoryBounded() {
    LiveSessioniser live = live(3, 1, 2);
    Event first = of("u1", 0, EventType.VIEW, "i1", null, null, null);
    live.accept(first);
    assertThat(live.accept(first)).isEmpty();
    // far older than the open session: part of a closed session, not read again
    assertThat(live.accept(of("u1", -4000, EventType.VIEW, "i0", null, null, null))).isEmpty();
    live.accept(of("u1", 1, EventType.VIEW, "i2", null, null, null));
    // the third event fills the session, which closes
    assertThat(live.accept(of("u1", 2, EventType.VIEW, "i3", null, null, null)))
        .singleElement()
        .satisfies(s -> assertThat(s.events()).hasSize(3));
    // a second client session of u1 closes the first (one open session per user)
    live.accept(of("u1", 3, EventType.VIEW, "i1", null, null, "a"));
    assertThat(live.accept(of("u1", 4, EventType.VIEW, "i1", null, null, "b"))).hasSize(1);
    live.accept(of("u2", 5, EventType.VIEW, "i1", null, null, null));
    // a third user closes the least recently active one's sessions
    assertThat(live.accept(of("u3", 6, EventType.VIEW, "i1", null, null, null)))
        .singleElement()
        .satisfies(s -> assertThat(s.user()).isEqualTo("u1"));
    live.forget("u2");
    assertThat(live.openSessions()).isEqualTo(1);
    assertThat(live.closeAll()).hasSize(1);
  }

  @Test
  void allOpenSessionsTogetherHoldAtMostTheTotalCap() {
    LiveSessioniser live =
        new LiveSessioniser(SessionConfig.defaults(), Duration.ZERO, 10, 1, 1_000, 25, clock);
    List<Session> closed = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      String user = "u" + (n % 30);
      closed.addAll(live.accept(of(user, n, EventType.VIEW, "i" + n, null, null, null)));
      assertThat(live.openEvents()).isLessThanOrEqualTo(25);
    }
    // Nothing is lost: every event is in a closed session or still open.
    int read = closed.stream().mapToInt(s -> s.events().size()).sum();
    assertThat(read + live.openEvents()).isEqualTo(300);
    // The least recently active users were closed first: the latest user's session is open.
    assertThat(closed.get(closed.size() - 1).user()).isNotEqualTo("u29");
    live.forget("u29");
    int left = live.openEvents();
    assertThat(live.closeAll().stream().mapToInt(s -> s.events().size()).sum()).isEqualTo(left);
    assertThat(live.openEvents()).isZero();
  }
}
