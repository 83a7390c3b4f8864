package dev.affectrec.store.imports;

import dev.affectrec.store.AppendResult;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs store writes on one background thread, in submission order, so that parsing the next batch
 * overlaps committing the previous one. At most {@value #IN_FLIGHT} writes are queued; submitting
 * more waits for the oldest. After a write fails no later write runs, and the failure is rethrown
 * to the parsing thread at the next {@link #submit} or at {@link #finish}. Used by one parsing
 * thread; not thread-safe itself.
 */
final class BatchWriter implements AutoCloseable {
  static final int IN_FLIGHT = 2;

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "affectrec-import-writer");
            t.setDaemon(true);
            return t;
          });
  private final ArrayDeque<Future<AppendResult>> pending = new ArrayDeque<>();
  private final Consumer<AppendResult> onWritten;
  private volatile boolean failed;

  /**
   * @param onWritten receives the result of each event write, on the parsing thread
   */
  BatchWriter(Consumer<AppendResult> onWritten) {
    this.onWritten = onWritten;
  }

  /** Queues a write; returns its result through {@code onWritten} (null results are ignored). */
  void submit(Callable<AppendResult> write) {
    while (pending.size() >= IN_FLIGHT) {
      collect(pending.removeFirst());
    }
    pending.addLast(
        thread.submit(
            () -> {
              if (failed) {
                return null;
              }
              try {
                return write.call();
              } catch (Exception | Error e) {
                failed = true;
                throw e;
              }
            }));
  }

  /** Waits for every queued write and rethrows the first failure. */
  void finish() {
    while (!pending.isEmpty()) {
      collect(pending.removeFirst());
    }
  }

  /** Waits for queued writes (ignoring their failures) and stops the thread. */
  @Override
  public void close() {
    try {
      for (Future<AppendResult> future : pending) {
        try {
          future.get();
        } catch (ExecutionException e) {
          // Already failing: the first failure is reported by finish() or the caller's exception.
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pending.clear();
      thread.shutdown();
    }
  }

  private void collect(Future<AppendResult> future) {
    try {
      AppendResult result = future.get();
      if (result != null) {
        onWritten.accept(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the store", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("store write failed: " + cause, cause);
    }
  }
}
