package dev.affectrec.serving.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do. {@link #ADMIN} may do everything; {@link #INGEST} may write events, items
 * and users; {@link #READ} may read stats, events, emotions and recommendations. A plain domain
 * value: the HTTP layer maps it to its routes.
 */
public enum Role {
  INGEST,
  READ,
  ADMIN;

  /** Whether a key with this role may perform an action that needs {@code required}. */
  public boolean permits(Role required) {
    return this == ADMIN || this == required;
  }

  /** Lower-case name used on the command line and in responses. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Looks a role up by its wire name; empty when unknown. */
  public static Optional<Role> fromWireName(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
