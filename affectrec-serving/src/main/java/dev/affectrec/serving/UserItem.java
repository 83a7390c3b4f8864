package dev.affectrec.serving;

import dev.affectrec.api.Arguments;

/**
 * A (user, item) pair, the key of an interaction.
 *
 * @param user non-blank
 * @param item non-blank
 */
public record UserItem(String user, String item) {
  /** Validates. */
  public UserItem {
    Arguments.requireNonBlank(user, "user");
    Arguments.requireNonBlank(item, "item");
  }
}
