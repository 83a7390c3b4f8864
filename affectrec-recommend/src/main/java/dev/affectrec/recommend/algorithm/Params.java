package dev.affectrec.recommend.algorithm;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to an algorithm's parameter overrides that tracks which keys were read, so that a
 * misspelt key is reported instead of silently ignored. Not thread-safe.
 */
public final class Params {
  private final String algorithm;
  private final Map<String, String> raw;
  private final Set<String> read = new HashSet<>();

  /** Overrides {@code raw} for {@code algorithm}. */
  public Params(String algorithm, Map<String, String> raw) {
    this.algorithm = algorithm;
    this.raw = Map.copyOf(raw);
  }

  /** The raw string value of {@code key}, or {@code fallback}. */
  public String getString(String key, String fallback) {
    String v = take(key);
    return v == null ? fallback : v;
  }

  /** The int value of {@code key}, or {@code fallback}. */
  public int getInt(String key, int fallback) {
    String v = take(key);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw bad(key, v, "an integer");
    }
  }

  /** The long value of {@code key}, or {@code fallback}. */
  public long getLong(String key, long fallback) {
    String v = take(key);
    try {
      return v == null ? fallback : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw bad(key, v, "an integer");
    }
  }

  /** The double value of {@code key}, or {@code fallback}. */
  public double getDouble(String key, double fallback) {
    String v = take(key);
    try {
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw bad(key, v, "a number");
    }
  }

  /** The boolean value of {@code key} ({@code true} or {@code false}), or {@code fallback}. */
  public boolean getBoolean(String key, boolean fallback) {
    String v = take(key);
    if (v == null) {
      return fallback;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw bad(key, v, "true or false");
    }
    return Boolean.parseBoolean(v);
  }

  /**
   * Fails if any override was never read.
   *
   * @throws IllegalArgumentException naming the unknown keys and the known ones
   */
  public void requireAllUsed() {
    Set<String> unknown = new TreeSet<>(raw.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown parameter(s) "
              + unknown
              + " for algorithm '"
              + algorithm
              + "'; known: "
              + new TreeSet<>(read));
    }
  }

  private String take(String key) {
    read.add(key);
    return raw.get(key);
  }

  private IllegalArgumentException bad(String key, String value, String expected) {
    return new IllegalArgumentException(
        "parameter " + key + "=" + value + " of algorithm '" + algorithm + "' is not " + expected);
  }
}
