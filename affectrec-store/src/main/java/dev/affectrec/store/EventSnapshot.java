package dev.affectrec.store;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import java.util.function.Consumer;

/**
 * A consistent read-only view of the events in a store, for training. Not thread-safe; close it
 * when done.
 */
public interface EventSnapshot extends AutoCloseable {

  /** Streams every event in the snapshot, ordered by time then id, to {@code consumer}. */
  void forEach(Consumer<Event> consumer);

  /**
   * Streams every stored emotion reading that was computed from an event (its {@link
   * EmotionReading#sourceEventId()} is set), oldest first, to {@code consumer}. Readings stored
   * after the snapshot opened are not seen.
   */
  void forEachEventReading(Consumer<EmotionReading> consumer);

  /**
   * Streams every stored reading of {@code modality} whose subject is a user (face readings of
   * uploaded images, say), oldest first, to {@code consumer}. Readings stored after the snapshot
   * opened are not seen.
   */
  void forEachUserReading(Modality modality, Consumer<EmotionReading> consumer);

  /** Number of events in the snapshot. */
  long size();

  @Override
  void close();
}
