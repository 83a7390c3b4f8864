package dev.affectrec.behaviour;

import static dev.affectrec.behaviour.Events.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessioniserTest {
  private final Sessioniser sessioniser = new Sessioniser(SessionConfig.defaults());

  @Test
  void gapLongerThanTheInactivityLimitStartsANewSession() {
    Event a = at(0, EventType.VIEW, "i1");
    Event b = at(30 * 60, EventType.VIEW, "i2"); // exactly 30 min: same session
    Event c = at(60 * 60 + 1, EventType.VIEW, "i3"); // 30 min 1 s later: new session
    List<Session> sessions = sessioniser.sessions(List.of(c, a, b));
    assertThat(sessions).extracting(Session::id).containsExactly("u1#0", "u1#1");
    assertThat(sessions.get(0).events()).containsExactly(a, b);
    assertThat(sessions.get(0).duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(sessions.get(1).events()).containsExactly(c);
  }

  @Test
  void clientSessionIdsGroupEventsWhateverTheGap() {
    Event a = Events.of("u1", 0, EventType.VIEW, "i1", null, null, "s-9");
    Event b = Events.of("u1", 5 * 3600, EventType.VIEW, "i2", null, null, "s-9");
    Event other = Events.of("u2", 10, EventType.VIEW, "i1", null, null, null);
    List<Session> sessions = sessioniser.sessions(List.of(b, other, a));
    assertThat(sessions).extracting(Session::id).containsExactly("s-9", "u2#0");
    assertThat(sessions.get(0).events()).containsExactly(a, b);
    assertThat(sessions.get(1).user()).isEqualTo("u2");
  }

  @Test
  void noEventsGiveNoSessions() {
    assertThat(sessioniser.sessions(List.of())).isEmpty();
  }

  @Test
  void sessionsRejectEmptyOutOfOrderAndForeignEvents() {
    assertThatThrownBy(() -> new Session("s", "u1", List.of()))
        .hasMessageContaining("session s has no events");
    Event late = at(10, EventType.VIEW, "i1");
    Event early = at(0, EventType.VIEW, "i2");
    assertThatThrownBy(() -> new Session("s", "u1", List.of(late, early)))
        .hasMessageContaining(early.id())
        .hasMessageContaining("out of order");
    Event foreign = Events.of("u2", 0, EventType.VIEW, "i1", null, null, null);
    assertThatThrownBy(() -> new Session("s", "u1", List.of(foreign)))
        .hasMessageContaining("belongs to user u2");
    assertThatThrownBy(() -> new SessionConfig(Duration.ZERO))
        .hasMessageContaining("inactivityGap");
  }
}
