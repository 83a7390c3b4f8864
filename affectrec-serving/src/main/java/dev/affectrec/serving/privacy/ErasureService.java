package dev.affectrec.serving.privacy;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.PendingErasure;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Erases users. An erasure first waits for every barrier (work still writing about the user, such
 * as readings being computed from their events), then removes the user's events, readings, consents
 * and record in one store transaction that also records the erasure as pending under the user's
 * keyed hash ({@link ErasedUsers}), then tells every {@link ErasureListener} so serving state
 * outside the store forgets them at once. The pending record survives a crash, so a model saved
 * before the erasure is never served with the user in it. Thread-safe.
 */
public final class ErasureService {
  private final EventStore store;
  private final Clock clock;
  private final ErasedUsers erased;
  private final List<ErasureListener> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> barriers = new CopyOnWriteArrayList<>();

  /** Erasure from {@code store}, dating pending records by {@code clock}. */
  public ErasureService(EventStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.erased = ErasedUsers.of(store.access());
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
    boolean existed =
        store.deleteUser(user, new PendingErasure(erased.hash(user), clock.instant()));
    if (existed) {
      listeners.forEach(listener -> listener.erased(user));
    }
    return existed;
  }
}
