package dev.affectrec.store;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * Outcome of {@link EventStore#append}.
 *
 * @param inserted events newly stored, at least 0
 * @param duplicates events whose id was already stored (or came earlier in the same batch), at
 *     least 0
 * @param stored the newly stored events, in request order, exactly {@code inserted} of them: what
 *     listeners that count events (live fold-in weights, popularity) must see, so that a retried
 *     batch does not count twice; copied
 */
public record AppendResult(int inserted, int duplicates, List<Event> stored) {

  /** Validates the counts and copies {@code stored}. */
  public AppendResult {
    Arguments.requireAtLeast(inserted, 0, "inserted");
    Arguments.requireAtLeast(duplicates, 0, "duplicates");
    stored = List.copyOf(Objects.requireNonNull(stored, "stored is required"));
    if (stored.size() != inserted) {
      throw new IllegalArgumentException(
          "stored must hold the " + inserted + " inserted events but held " + stored.size());
    }
  }

  /** Nothing appended. */
  public static final AppendResult NONE = new AppendResult(0, 0, List.of());

  /**
   * Every one of {@code events} counted as new: for sinks that cannot tell duplicates (a Kafka
   * publisher, whose consumer drops them by id) and stores that discard.
   */
  public static AppendResult allNew(List<Event> events) {
    return new AppendResult(events.size(), 0, events);
  }
}
