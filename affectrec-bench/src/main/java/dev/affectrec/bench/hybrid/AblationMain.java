package dev.affectrec.bench.hybrid;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.data.RatingsReader;
import dev.affectrec.eval.data.ReviewTexts;
import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ablation of issue 5, run by hand: CF alone, + sentiment weighting, + learned hybrid, +
 * policies, on a {@link ColdStartSplit} (20% of users cold with their 3 earliest interactions
 * trained on; the others tested on their latest 20%), for all test users and for the cold slice
 * (test users with at most 3 training interactions). Prints Markdown.
 *
 * <p>Usage: {@code AblationMain <movielens|amazon|tsv> <path> [base] [readings]}, where base is a
 * built-in algorithm (default ease) and readings is {@code none} (the identity-neutral reading
 * function, the default until the text model is plugged in) or {@code stars} (the star-rating proxy
 * for review sentiment).
 */
public final class AblationMain {
  private static final int COLD_MAX = 3;

  private AblationMain() {}

  /** The ablation rows for {@code base} and {@code readings}. */
  static List<AlgorithmSpec> specs(String base, String readings) {
    String h = "hybrid-emotion:base=" + base + ":readings=" + readings;
    return List.of(
        AlgorithmSpec.parse(base),
        AlgorithmSpec.parse(h + ":weighting=sentiment:learn=false:policy=neutral:mmrLambda=1"),
        AlgorithmSpec.parse(h + ":weighting=sentiment:learn=true:policy=neutral:mmrLambda=1"),
        AlgorithmSpec.parse(h + ":weighting=sentiment:learn=true:policy=mood-regulating"));
  }

  /** The test restricted to users with at most {@code COLD_MAX} training interactions. */
  static Split coldSlice(Split split) {
    Map<String, Integer> counts = new HashMap<>();
    split.train().forEach(i -> counts.merge(i.user(), 1, Integer::sum));
    List<Interaction> test = new ArrayList<>();
    for (Interaction i : split.test()) {
      int n = counts.getOrDefault(i.user(), 0);
      if (n > 0 && n <= COLD_MAX) {
        test.add(i);
      }
    }
    return new Split(split.name() + "-cold", split.train(), test);
  }

  /** One interaction per (user, item): the latest (Amazon 5-core has repeated reviews). */
  static List<Interaction> deduplicated(List<Interaction> data) {
    Map<String, Interaction> latest = new java.util.LinkedHashMap<>();
    for (Interaction i : data) {
      latest.merge(i.user() + "\u0000" + i.item(), i, (a, b) -> b.time() >= a.time() ? b : a);
    }
    return List.copyOf(latest.values());
  }

  /** Runs the ablation and prints two Markdown tables (all users, cold slice). */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AblationMain <movielens|amazon|tsv> <path> [base] [readings]");
      System.exit(2);
    }
    DataFormat format = DataFormat.parse(args[0]);
    Path path = Path.of(args[1]);
    String base = args.length > 2 ? args[2] : "ease";
    String readings = args.length > 3 ? args[3] : "none";
    List<Interaction> data = deduplicated(RatingsReader.read(format, path));
    Split split = new ColdStartSplit(0.2, COLD_MAX, 0.2, 42).split(data);
    List<AlgorithmSpec> specs = specs(base, readings);
    EvaluationHarness harness =
        new EvaluationHarness(
            AlgorithmRegistry.discover(),
            new AlgorithmContext(
                Map.of(), 2, ReviewTexts.read(format, path), format.ratingScale(data).orElse(null)),
            10,
            null);
    print("all test users", harness.run(path.toString(), "cold-start", List.of(split), specs));
    Split cold = coldSlice(split);
    if (cold.test().isEmpty()) {
      System.out.println(
          "\ncold slice: no test user has 1 to " + COLD_MAX + " training interactions");
    } else {
      print("cold slice", harness.run(path.toString(), "cold-start", List.of(cold), specs));
    }
  }

  private static void print(String title, EvaluationReport report) {
    System.out.println();
    System.out.println("### " + title);
    System.out.println();
    System.out.println("| algorithm | NDCG@10 | HR@10 | users |");
    System.out.println("|---|---|---|---|");
    for (AlgorithmResult r : report.results()) {
      Interval ndcg = r.metric("ndcg@10");
      Interval hit = r.metric("hit@10");
      System.out.printf(
          Locale.ROOT, "| %s | %s | %s | %d |%n", r.label(), fmt(ndcg), fmt(hit), ndcg.n());
    }
    for (AlgorithmResult r : report.results()) {
      Map<String, String> weights = new java.util.TreeMap<>();
      r.parameters()
          .forEach(
              (key, value) -> {
                if (key.startsWith("w.") && Double.parseDouble(value) != 0) {
                  weights.put(key.substring(2), value);
                }
              });
      if (!weights.isEmpty()) {
        System.out.println("\nlearned weights of " + r.label() + ": " + weights);
      }
    }
  }

  private static String fmt(Interval i) {
    return String.format(Locale.ROOT, "%.4f ± %.4f", i.mean(), i.halfWidth());
  }
}
