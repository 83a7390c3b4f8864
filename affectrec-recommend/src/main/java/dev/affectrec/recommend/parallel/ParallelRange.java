package dev.affectrec.recommend.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a body for every index in {@code [0, n)} on a fixed number of threads, each with its own
 * scratch state, handing out indices in small chunks for load balance. Stateless and thread-safe.
 */
public final class ParallelRange {
  private static final int CHUNK = 16;

  private ParallelRange() {}

  /** The per-index work; {@code scratch} belongs to the calling thread. */
  @FunctionalInterface
  public interface Body<S> {
    /** Processes {@code index}. */
    void run(int index, S scratch);
  }

  /**
   * Calls {@code body} for each index in {@code [0, n)}; returns when all are done.
   *
   * @param threads at least 1; with 1 the body runs on the calling thread
   * @throws RuntimeException the first failure of any body
   */
  public static <S> void forEach(int n, int threads, Supplier<S> scratch, Body<S> body) {
    if (threads <= 1 || n < 2 * CHUNK) {
      S s = scratch.get();
      for (int i = 0; i < n; i++) {
        body.run(i, s);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelRange::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  S s = scratch.get();
                  for (int start = next.getAndAdd(CHUNK);
                      start < n;
                      start = next.getAndAdd(CHUNK)) {
                    for (int i = start, end = Math.min(n, start + CHUNK); i < end; i++) {
                      body.run(i, s);
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "affectrec-worker");
    t.setDaemon(true);
    return t;
  }
}
