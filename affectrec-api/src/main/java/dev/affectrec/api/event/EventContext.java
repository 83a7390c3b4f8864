package dev.affectrec.api.event;

/**
 * Where and how an event happened. Every field is optional (null when unknown); strings are kept as
 * given.
 *
 * @param device for example {@code mobile}, {@code desktop}
 * @param channel for example {@code app}, {@code web}, {@code email}
 * @param location free text or a region code
 * @param locale a BCP 47 tag such as {@code zh-CN}
 * @param session the client's session identifier
 */
public record EventContext(
    String device, String channel, String location, String locale, String session) {

  /** The context with every field unknown. */
  public static final EventContext EMPTY = new EventContext(null, null, null, null, null);

  /** Whether every field is null. */
  public boolean isEmpty() {
    return device == null
        && channel == null
        && location == null
        && locale == null
        && session == null;
  }
}
