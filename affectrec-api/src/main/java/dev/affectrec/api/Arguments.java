package dev.affectrec.api;

import java.util.Objects;

/**
 * Argument checks used by record constructors. Each method names the field it checks in its message
 * so that a rejected value can be traced to its source.
 *
 * <p>Stateless and thread-safe.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * Returns {@code value} if it is non-null and has at least one non-whitespace character.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String requireNonBlank(String value, String field) {
    Objects.requireNonNull(value, () -> field + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and within {@code [min, max]}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or out of range
   */
  public static double requireInRange(double value, double min, double max, String field) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be in [" + min + ", " + max + "] but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double requireFinite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is at least {@code min}.
   *
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static int requireAtLeast(int value, int min, String field) {
    return (int) requireAtLeast((long) value, min, field);
  }

  /**
   * Returns {@code value} if it is at least {@code min}.
   *
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static long requireAtLeast(long value, long min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
    }
    return value;
  }
}
