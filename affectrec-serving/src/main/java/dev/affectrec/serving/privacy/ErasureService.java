package dev.affectrec.serving.privacy;

import dev.affectrec.store.EventStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Erases users. An erasure first waits for every barrier (work still writing about the user, such
 * as readings being computed from their events), then removes the user's events, readings, consents
 * and record in one store transaction, then tells every {@link ErasureListener} so serving state
 * outside the store forgets them at once. Thread-safe.
 */
public final class ErasureService {
  private final EventStore store;
  private final List<ErasureListener> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> barriers = new CopyOnWriteArrayList<>();

  /** Erasure from {@code store}. */
  public ErasureService(EventStore store) {
    this.store = store;
  }

  /**
   * Adds work that must finish before an erasure, so that nothing about the user is written after
   * they are erased.
   */
  public void addBarrier(Runnable barrier) {
    barriers.add(barrier);
  }

  /** Adds a listener told of every erasure. */
  public void addListener(ErasureListener listener) {
    listeners.add(listener);
  }

  /**
   * Erases the stored user id {@code user}.
   *
   * @return whether the user existed (listeners are told only then)
   */
  public boolean erase(String user) {
    barriers.forEach(Runnable::run);
    boolean existed = store.deleteUser(user);
    if (existed) {
      listeners.forEach(listener -> listener.erased(user));
    }
    return existed;
  }
}
