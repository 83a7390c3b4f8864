package dev.affectrec.store;

/**
 * A lock held on a store by one process among all those sharing it ({@link EventStore#tryLock}),
 * until {@link #close}, or until the holder dies: a PostgreSQL session advisory lock ends with its
 * connection, a file lock with its process.
 */
public interface StoreLock extends AutoCloseable {
  /** Releases the lock; does nothing the second time. */
  @Override
  void close();
}
