package dev.affectrec.recommend.tune;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.mf.BiasedMfConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate values of each tunable parameter of one algorithm.
 *
 * @param algorithm the algorithm name
 * @param values parameter name to its candidate raw values, in a fixed order
 */
public record SearchSpace(String algorithm, Map<String, List<String>> values) {

  /** Copies the map, keeping its order, and validates that every parameter has a candidate. */
  public SearchSpace {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (key, list) -> {
          if (list.isEmpty()) {
            throw new IllegalArgumentException("parameter " + key + " has no candidate value");
          }
          copy.put(key, List.copyOf(list));
        });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The built-in spaces of the ranking and rating algorithms: around each default, wide enough that
   * the default is not on the edge. Null for an algorithm without one (nothing to tune).
   */
  public static SearchSpace builtIn(String algorithm) {
    return switch (algorithm) {
      case "als" ->
          of(
              algorithm,
              "lambda",
              "1,2,3,5",
              "exponent",
              "0.25,0.5,0.75",
              "alpha",
              "0.5,1,2,4",
              "factors",
              "32,64,128");
      case "ease" -> of(algorithm, "lambda", "50,100,200,300,500,800,1500");
      case "itemknn" -> of(algorithm, "neighbours", "20,50,100,200,400", "shrinkage", "0,10,50");
      case "bpr" ->
          of(
              algorithm,
              "learningRate",
              "0.02,0.05,0.1",
              "lambda",
              "0.005,0.01,0.02,0.05",
              "epochs",
              "30,60,120");
      case "biasedmf" ->
          of(
              algorithm,
              "lambda",
              "0.05,0.1,0.15,0.2,0.3",
              "biasLambda",
              "0.005,0.02,0.05",
              "factors",
              "10,20,50,100");
      default -> null;
    };
  }

  /**
   * The built-in space of {@code spec}'s algorithm for the solver the spec names: biased MF with
   * {@code solver=sgd} searches the step and lambda (its step matters most), else {@link
   * #builtIn(String)}.
   */
  public static SearchSpace builtIn(AlgorithmSpec spec) {
    if (spec.name().equals("biasedmf")
        && BiasedMfConfig.SGD.equals(spec.parameters().get("solver"))) {
      return of(
          spec.name(),
          "learningRate",
          "0.007,0.02,0.05,0.08,0.12",
          "lambda",
          "0.02,0.06,0.1,0.15,0.2",
          "factors",
          "50,100");
    }
    return builtIn(spec.name());
  }

  private static SearchSpace of(String algorithm, String... keyValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int n = 0; n < keyValues.length; n += 2) {
      map.put(keyValues[n], List.of(keyValues[n + 1].split(",")));
    }
    return new SearchSpace(algorithm, map);
  }

  /**
   * Every combination of the parameters not in {@code fixed}, in a fixed order; each is a map of
   * parameter to raw value (fixed parameters are left out).
   */
  public List<Map<String, String>> grid(Map<String, String> fixed) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (fixed.containsKey(e.getKey())) {
        continue;
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : out) {
        for (String value : e.getValue()) {
          Map<String, String> combo = new LinkedHashMap<>(partial);
          combo.put(e.getKey(), value);
          next.add(combo);
        }
      }
      out = next;
    }
    return out;
  }
}
