package dev.affectrec.recommend.data;

import dev.affectrec.api.Arguments;

/**
 * One observed interaction: a user engaged with an item, with a strength and a time.
 *
 * @param user non-blank user id
 * @param item non-blank item id
 * @param value finite strength; a rating for explicit data, a count or 1 for implicit data
 * @param time epoch seconds, or 0 when unknown
 */
public record Interaction(String user, String item, float value, long time) {

  /** Validates the ids and the value. */
  public Interaction {
    Arguments.requireNonBlank(user, "user");
    Arguments.requireNonBlank(item, "item");
    Arguments.requireFinite(value, "value");
  }
}
