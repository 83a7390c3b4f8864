package dev.affectrec.serving.privacy;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.serving.access.Pseudonymiser;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;

/**
 * Maps the user ids clients send to the ids the store keeps: the same id, or its keyed pseudonym
 * when pseudonymisation is on. Every handler that takes a user id passes it through here, so
 * clients always use their own ids. Thread-safe.
 */
public final class UserIds {
  private final Pseudonymiser pseudonymiser;

  private UserIds(Pseudonymiser pseudonymiser) {
    this.pseudonymiser = pseudonymiser;
  }

  /** Ids are stored as given. */
  public static UserIds plain() {
    return new UserIds(null);
  }

  /** Ids are stored as HMAC-SHA256 pseudonyms under {@code secret}. */
  public static UserIds pseudonymised(String secret) {
    return new UserIds(new Pseudonymiser(secret));
  }

  /** Pseudonymised under the configured secret, or plain when {@code security} has none. */
  public static UserIds of(SecurityConfig security) {
    return security.pseudonymSecret() == null ? plain() : pseudonymised(security.pseudonymSecret());
  }

  /** The stored form of a client's user id. */
  public String stored(String clientId) {
    return pseudonymiser == null ? clientId : pseudonymiser.pseudonym(clientId);
  }

  /**
   * {@code event} with its user id in stored form (the same event when ids are not pseudonymised).
   */
  public Event stored(Event event) {
    if (pseudonymiser == null) {
      return event;
    }
    return new Event(
        event.id(),
        stored(event.user()),
        event.item(),
        event.type(),
        event.time(),
        event.value(),
        event.text(),
        event.context());
  }

  /**
   * Refuses a store these ids would hide: with pseudonymisation on, a store that already holds
   * users stored under their raw ids (by a start without {@code AFFECTREC_PSEUDONYM_SECRET}) would
   * answer 404 for every one of them while still counting them.
   *
   * @throws InputException naming the variable and what to do, when {@code store} holds such users
   */
  public void requireCompatible(EventStore store) {
    if (pseudonymiser == null) {
      return;
    }
    long raw = store.countUsersNotShaped(Pseudonymiser.PREFIX, Pseudonymiser.LENGTH);
    if (raw > 0) {
      throw new InputException(
          "AFFECTREC_PSEUDONYM_SECRET is set but the store already holds "
              + raw
              + " user(s) stored under raw ids, which pseudonymisation would hide: unset"
              + " AFFECTREC_PSEUDONYM_SECRET, or set it on a new data directory and import the"
              + " events again");
    }
  }

  /** Whether ids are pseudonymised. */
  public boolean pseudonymising() {
    return pseudonymiser != null;
  }
}
