package dev.affectrec.demo;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * Size and seed of a simulated shop.
 *
 * @param seed any value; the same seed gives the same shop
 * @param users number of shoppers, in [1, 1,000,000]
 * @param itemsPerCategory items per catalogue category, in [1, 10,000]
 * @param days simulated days, in [1, 3,650]
 * @param start the first simulated instant, never null
 */
public record DemoConfig(long seed, int users, int itemsPerCategory, int days, Instant start) {

  /** 300 shoppers, 20 items in each of 8 categories, 30 days from 2026-10-01. */
  public static final DemoConfig DEFAULT =
      new DemoConfig(42, 300, 20, 30, Instant.parse("2026-10-01T00:00:00Z"));

  /** Validates the ranges. */
  public DemoConfig {
    requireBetween(users, 1, 1_000_000, "users");
    requireBetween(itemsPerCategory, 1, 10_000, "itemsPerCategory");
    requireBetween(days, 1, 3_650, "days");
    Objects.requireNonNull(start, "start is required");
  }

  private static void requireBetween(int value, int min, int max, String field) {
    Arguments.requireAtLeast(value, min, field);
    if (value > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " but was " + value);
    }
  }
}
