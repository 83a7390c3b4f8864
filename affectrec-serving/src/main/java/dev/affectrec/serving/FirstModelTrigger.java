package dev.affectrec.serving;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Decides when a store without a model trains its first one, so a fresh service serves from its
 * first events instead of waiting for the retraining schedule. Accepted batches with positive
 * interactions are debounced ({@link Timing}): the training starts {@code quiet} after the last
 * such batch, but no later than {@code maxWait} after the first one, and at once when {@code
 * events} positive interactions have arrived. Nothing happens once {@code needed} says a model is
 * in service. The training itself is single-flight elsewhere ({@link
 * ModelLifecycle#trainFirstModel}); this class only coalesces the requests. Thread-safe.
 */
final class FirstModelTrigger implements AutoCloseable {
  /**
   * When the first training starts.
   *
   * @param quiet quiet time after the last batch, at least 0
   * @param maxWait longest wait after the first batch, at least {@code quiet}
   * @param events positive interactions that start a training at once, at least 1
   */
  record Timing(Duration quiet, Duration maxWait, int events) {
    /** 2 s after the last batch, at most 5 s after the first, at once after 1,000 interactions. */
    static final Timing DEFAULTS = new Timing(Duration.ofSeconds(2), Duration.ofSeconds(5), 1_000);

    /** Validates. */
    Timing {
      if (quiet.isNegative() || maxWait.compareTo(quiet) < 0 || events < 1) {
        throw new IllegalArgumentException(
            "need 0 <= quiet <= maxWait and events >= 1 but got "
                + quiet
                + ", "
                + maxWait
                + ", "
                + events);
      }
    }
  }

  private final BooleanSupplier needed;
  private final Runnable train;
  private final Timing timing;
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> due; // guarded by this
  private long firstNanos; // guarded by this
  private long pendingEvents; // guarded by this

  /**
   * @param needed whether a first model is still wanted (no model in service), never null
   * @param train starts the training (it must return at once), never null
   * @param timing never null
   */
  FirstModelTrigger(BooleanSupplier needed, Runnable train, Timing timing) {
    this.needed = Objects.requireNonNull(needed, "needed is required");
    this.train = Objects.requireNonNull(train, "train is required");
    this.timing = Objects.requireNonNull(timing, "timing is required");
    this.timer = BackgroundThreads.scheduler("affectrec-first-model");
  }

  /** Takes note of an accepted batch holding {@code positives} positive interactions. */
  void accepted(int positives) {
    if (positives <= 0 || !needed.getAsBoolean()) {
      return;
    }
    synchronized (this) {
      if (timer.isShutdown()) {
        return;
      }
      long now = System.nanoTime();
      if (due == null || due.isDone()) {
        firstNanos = now;
        pendingEvents = 0;
      } else {
        due.cancel(false);
      }
      pendingEvents += positives;
      long delay =
          pendingEvents >= timing.events()
              ? 0
              : Math.min(
                  timing.quiet().toNanos(),
                  Math.max(0, firstNanos + timing.maxWait().toNanos() - now));
      due = timer.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
    }
  }

  private void fire() {
    if (needed.getAsBoolean()) {
      train.run();
    }
  }

  /** Cancels a training not yet started. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      timer.shutdownNow();
    }
  }
}
