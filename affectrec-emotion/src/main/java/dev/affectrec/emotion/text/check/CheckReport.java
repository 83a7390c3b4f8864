package dev.affectrec.emotion.text.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pass rates of a suite run, per capability and language and overall, with the failed cases.
 * Immutable.
 *
 * @param outcomes every case with whether it passed and what was read, in suite order
 */
public record CheckReport(List<Outcome> outcomes) {
  /** Overall pass rate the suite must reach (issue 14). */
  public static final double OVERALL_MINIMUM = 0.90;

  /** Pass rate every capability must reach in every language (issue 14). */
  public static final double CAPABILITY_MINIMUM = 0.75;

  /** Copies the outcomes. */
  public CheckReport {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * One case's outcome.
   *
   * @param check the case
   * @param passed whether the reading met the expectation
   * @param read what was read, for example {@code en anger neg 0.81 pos 0.07}
   */
  public record Outcome(CheckCase check, boolean passed, String read) {}

  /** Share of all cases that passed. */
  public double overall() {
    return rate(outcomes);
  }

  /** Pass rate per {@code capability/language}, sorted by capability order then language. */
  public Map<String, Double> byCapability() {
    Map<String, List<Outcome>> groups = new TreeMap<>();
    for (Outcome o : outcomes) {
      groups.computeIfAbsent(key(o.check()), k -> new ArrayList<>()).add(o);
    }
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(
            java.util.Comparator.comparing(
                    (Map.Entry<String, List<Outcome>> e) ->
                        BehaviouralSuite.CAPABILITIES.indexOf(e.getKey().split("/")[0]))
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> out.put(e.getKey(), rate(e.getValue())));
    return out;
  }

  /** Whether the overall and every per-capability minimum are met. */
  public boolean meetsMinimums() {
    return overall() >= OVERALL_MINIMUM
        && byCapability().values().stream().allMatch(r -> r >= CAPABILITY_MINIMUM);
  }

  /** A Markdown table of the pass rates, then the failed cases. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        "| capability / language | cases | passed | pass rate |\n| --- | --- | --- | --- |\n");
    Map<String, List<Outcome>> groups = new TreeMap<>();
    for (Outcome o : outcomes) {
      groups.computeIfAbsent(key(o.check()), k -> new ArrayList<>()).add(o);
    }
    for (Map.Entry<String, Double> e : byCapability().entrySet()) {
      List<Outcome> group = groups.get(e.getKey());
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f%% |%n",
              e.getKey(),
              group.size(),
              group.stream().filter(Outcome::passed).count(),
              100 * e.getValue()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| **overall** | %d | %d | **%.1f%%** |%n",
            outcomes.size(),
            outcomes.stream().filter(Outcome::passed).count(),
            100 * overall()));
    for (Outcome o : outcomes) {
      if (!o.passed()) {
        out.append(
            String.format(
                Locale.ROOT,
                "FAIL %s: expected %s, read %s: %s%n",
                key(o.check()),
                o.check().expectation(),
                o.read(),
                o.check().text()));
      }
    }
    return out.toString();
  }

  private static String key(CheckCase c) {
    return c.capability() + "/" + c.language();
  }

  private static double rate(List<Outcome> group) {
    return group.isEmpty()
        ? 0
        : group.stream().filter(Outcome::passed).count() / (double) group.size();
  }
}
