package dev.affectrec.recommend.algorithm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An algorithm name with parameter overrides, parsed from {@code name[:key=value]...}.
 *
 * @param name lower-case algorithm name
 * @param parameters key to raw value, in the order given
 * @param label the spec as written, used to label results
 */
public record AlgorithmSpec(String name, Map<String, String> parameters, String label) {

  /**
   * Parses one spec.
   *
   * @throws IllegalArgumentException for a blank name or a parameter without {@code =}
   */
  public static AlgorithmSpec parse(String spec) {
    String trimmed = spec == null ? "" : spec.trim();
    String[] parts = trimmed.split(":");
    String name = parts[0].trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty algorithm name in '" + spec + "'");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int n = 1; n < parts.length; n++) {
      int eq = parts[n].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "parameter '" + parts[n] + "' of '" + spec + "' is not key=value");
      }
      params.put(parts[n].substring(0, eq).trim(), parts[n].substring(eq + 1).trim());
    }
    return new AlgorithmSpec(name, Map.copyOf(params), trimmed);
  }

  /** Parses a comma-separated list of specs. */
  public static List<AlgorithmSpec> parseList(String specs) {
    List<AlgorithmSpec> out = new ArrayList<>();
    for (String s : (specs == null ? "" : specs).split(",")) {
      if (!s.isBlank()) {
        out.add(parse(s));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no algorithm given");
    }
    return out;
  }
}
