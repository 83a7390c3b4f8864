package dev.affectrec.server.security;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perSecond}. Time is
 * passed in (nanoseconds from any fixed origin) so the arithmetic is testable. Thread-safe.
 */
public final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private double tokens;
  private long last;

  /**
   * A full bucket.
   *
   * @param capacity burst size, at least 1
   * @param perSecond sustained rate, greater than 0
   * @param now current time in nanoseconds
   */
  public TokenBucket(double capacity, double perSecond, long now) {
    if (!(capacity >= 1) || !(perSecond > 0)) {
      throw new IllegalArgumentException(
          "capacity must be >= 1 and perSecond > 0 but were " + capacity + ", " + perSecond);
    }
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token if there is one. */
  public synchronized boolean tryAcquire(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** Seconds until a token will be available (0 when one is available now), rounded up. */
  public synchronized long secondsUntilAvailable(long now) {
    refill(now);
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano / 1e9);
  }

  private void refill(long now) {
    if (now > last) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
    }
  }
}
