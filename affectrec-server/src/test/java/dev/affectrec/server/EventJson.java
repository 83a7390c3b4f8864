package dev.affectrec.server;

import java.time.Instant;

/** JSON bodies of one event about item i1, for {@code POST /v1/events}. */
final class EventJson {
  private EventJson() {}

  /**
   * The event {@code id} of {@code user} at {@code time}; {@code moreFields} is appended inside the
   * object as it is (empty, or for example {@code ,"value":1}).
   */
  static String of(String id, String user, String type, Instant time, String moreFields) {
    return String.format(
        "{\"id\":\"%s\",\"user\":\"%s\",\"item\":\"i1\",\"type\":\"%s\",\"time\":\"%s\"%s}",
        id, user, type, time, moreFields);
  }
}
