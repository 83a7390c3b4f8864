package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.event.EventContext;
import dev.affectrec.recommend.data.Interaction;

/**
 * The event context (device, channel) of the latest event behind an interaction. Data read from
 * files has none; data read from the event store has the context its events carried.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface InteractionContexts {

  /** No context at all: the device and channel features stay 0. */
  InteractionContexts NONE = interaction -> EventContext.EMPTY;

  /** The context of {@code interaction}, never null ({@link EventContext#EMPTY} when unknown). */
  EventContext of(Interaction interaction);
}
