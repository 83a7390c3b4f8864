package dev.affectrec.serving.ingest;

import dev.affectrec.api.event.Event;
import java.util.List;

/**
 * Reacts to events after they are durably stored, for example to compute emotion readings of
 * reviews or update serving models. Called on the ingesting thread; an implementation that does
 * slow work must hand it to its own executor. Must be thread-safe.
 */
@FunctionalInterface
public interface IngestListener {
  /**
   * Called with the newly stored events of one accepted batch, in request order: never with an
   * event whose id was stored before or earlier in the batch, never with an empty list.
   */
  void accepted(List<Event> events);
}
