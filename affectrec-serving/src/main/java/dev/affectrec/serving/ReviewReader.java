package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import java.util.List;

/**
 * Computes and stores the text readings of review and search events that have none yet (the text
 * emotion model, with the user's consent checked), so training sees every review's emotion.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ReviewReader {
  /** Reads nothing: training uses only readings already stored. */
  ReviewReader NONE = events -> 0;

  /**
   * Reads and stores {@code events}' texts.
   *
   * @return how many readings were stored (events without consent are skipped)
   */
  int readAndStore(List<Event> events);

  /**
   * Waits for readings already being computed elsewhere (an asynchronous ingest listener) so they
   * are not computed twice. Does nothing by default.
   */
  default void settle() {}
}
