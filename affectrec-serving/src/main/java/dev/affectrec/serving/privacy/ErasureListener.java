package dev.affectrec.serving.privacy;

/**
 * Told when a user is erased, so that serving state outside the store (emotion states, model
 * factors, caches) forgets them at once. Must be thread-safe and quick.
 */
@FunctionalInterface
public interface ErasureListener {
  /** Forget everything about the stored user id {@code user}. */
  void erased(String user);
}
