package dev.affectrec.cli;

import dev.affectrec.io.progress.ProgressBar;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress bar of a training the command waits for. A training reports no steps, so the bar
 * follows the clock against an estimate (the previous model's training time scaled by the event
 * count, {@link dev.affectrec.serving.ModelManifest#expectedTrainMillis}): it fills towards 99% and
 * shows the time left; without an estimate, or once the estimate is passed, it shows the elapsed
 * time alone. Redrawn five times a second by a daemon thread until closed. Thread-safe.
 */
final class TrainingProgress implements AutoCloseable {
  private static final long TICK_MILLIS = 200;

  /** The most a bar shows before the training ends: it never claims to be done. */
  static final double MAX_SHARE = 0.99;

  private final ProgressBar bar;
  private final long estimateMillis;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "affectrec-training-progress");
            t.setDaemon(true);
            return t;
          });

  /**
   * Starts redrawing {@code bar}.
   *
   * @param bar never null; closed (erased) with this
   * @param estimateMillis the expected training time, or -1 when there is none
   */
  TrainingProgress(ProgressBar bar, long estimateMillis) {
    this.bar = bar;
    this.estimateMillis = estimateMillis;
    ticker.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    long[] shown = shown(elapsed, estimateMillis);
    bar.update(shown[0], shown[1]);
  }

  /**
   * What the bar shows after {@code elapsedMillis}: {@code {done, total}} in milliseconds, capped
   * at {@link #MAX_SHARE} of the estimate, or {@code {0, -1}} (elapsed time alone) without an
   * estimate or once it is passed.
   */
  static long[] shown(long elapsedMillis, long estimateMillis) {
    if (estimateMillis <= 0 || elapsedMillis >= estimateMillis) {
      return new long[] {0, -1};
    }
    return new long[] {
      Math.min(elapsedMillis, (long) (estimateMillis * MAX_SHARE)), estimateMillis
    };
  }

  /** Stops redrawing and erases the bar. */
  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    bar.close();
  }
}
