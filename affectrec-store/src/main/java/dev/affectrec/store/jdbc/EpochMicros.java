package dev.affectrec.store.jdbc;

import java.time.Instant;

/**
 * Converts instants to and from the {@code BIGINT} microseconds since the epoch that every time
 * column holds. Microseconds are PostgreSQL's timestamp precision; finer digits are truncated.
 */
final class EpochMicros {
  private EpochMicros() {}

  /**
   * Microseconds since 1970-01-01T00:00Z, truncated toward negative infinity.
   *
   * @throws IllegalArgumentException if the instant is more than about 292,000 years from 1970
   */
  static long of(Instant time) {
    try {
      return Math.addExact(
          Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("time " + time + " is outside the storable range", e);
    }
  }

  /** The instant {@code micros} microseconds after the epoch. */
  static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
