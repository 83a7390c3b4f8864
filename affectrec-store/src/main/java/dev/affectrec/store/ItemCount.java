package dev.affectrec.store;

import dev.affectrec.api.Arguments;

/**
 * How many events of the counted kinds one item had.
 *
 * @param item non-blank
 * @param events at least 1 (items without events are absent)
 */
public record ItemCount(String item, long events) {

  /** Checks the fields. */
  public ItemCount {
    Arguments.requireNonBlank(item, "item");
    Arguments.requireAtLeast(events, 1, "events");
  }
}
