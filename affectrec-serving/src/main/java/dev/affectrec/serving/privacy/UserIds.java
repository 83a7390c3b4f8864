package dev.affectrec.serving.privacy;

import dev.affectrec.serving.access.Pseudonymiser;
import dev.affectrec.serving.access.SecurityConfig;

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

  /** Whether ids are pseudonymised. */
  public boolean pseudonymising() {
    return pseudonymiser != null;
  }
}
