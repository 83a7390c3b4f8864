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
 * The ablation of issue 13, run by hand, on a {@link ColdStartSplit} (20% of users cold with their
 * 3 earliest interactions trained on; the others tested on their latest 20%): CF alone, +
 * satisfaction weighting from each signal alone (ratings; review text when the data has texts) and
 * from all of them, + the learned blend with the do-no-harm choice, + policies (the default {@code
 * hybrid-emotion}). Prints one Markdown table with plain and happy NDCG@10, happy HR@10, unhappy
 * exposure per 1,000 and the cold slice (test users with at most 3 training interactions), and what
 * each hybrid row served.
 *
 * <p>Usage: {@code AblationMain <movielens|amazon|tsv> <path> [base]}, base a built-in algorithm
 * (default ease).
 */
public final class AblationMain {
  private static final int COLD_MAX = 3;

  private AblationMain() {}

  /** The ablation rows for {@code base}; {@code texts} adds the text-alone row. */
  static List<AlgorithmSpec> specs(String base, boolean texts) {
    String h = "hybrid-emotion:base=" + base;
    String weightOnly = ":learn=false:policy=neutral:mmrLambda=1";
    List<AlgorithmSpec> out = new ArrayList<>();
    out.add(AlgorithmSpec.parse(base));
    out.add(AlgorithmSpec.parse(h + ":readings=stars" + weightOnly));
    if (texts) {
      out.add(AlgorithmSpec.parse(h + ":readings=text" + weightOnly));
    }
    out.add(AlgorithmSpec.parse(h + ":readings=auto" + weightOnly));
    out.add(AlgorithmSpec.parse(h + ":readings=auto:policy=neutral:mmrLambda=1"));
    out.add(AlgorithmSpec.parse(h));
    return out;
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

  /** Runs the ablation and prints the Markdown table. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AblationMain <movielens|amazon|tsv> <path> [base]");
      System.exit(2);
    }
    DataFormat format = DataFormat.parse(args[0]);
    Path path = Path.of(args[1]);
    String base = args.length > 2 ? args[2] : "ease";
    List<Interaction> data = deduplicated(RatingsReader.read(format, path));
    Split split = new ColdStartSplit(0.2, COLD_MAX, 0.2, 42).split(data);
    Map<String, String> texts = ReviewTexts.read(format, path);
    List<AlgorithmSpec> specs = specs(base, !texts.isEmpty());
    EvaluationHarness harness =
        new EvaluationHarness(
            AlgorithmRegistry.discover(),
            new AlgorithmContext(Map.of(), 2, texts, format.ratingScale(data).orElse(null)),
            10,
            null);
    print(harness.run(path.toString(), "cold-start", List.of(split), specs));
  }

  private static final String[] COLUMNS = {
    "ndcg@10",
    "happy-ndcg@10",
    "happy-hit@10",
    "unhappy-per-1k@10",
    "cold-happy-ndcg@10",
    "cold-happy-hit@10"
  };

  private static void print(EvaluationReport report) {
    System.out.println();
    System.out.println(
        "| row | NDCG@10 | happy NDCG@10 | happy HR@10 | unhappy per 1k | cold happy NDCG@10"
            + " | cold happy HR@10 | served |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (AlgorithmResult r : report.results()) {
      StringBuilder line = new StringBuilder("| " + r.label());
      for (String key : COLUMNS) {
        Interval i = r.metric(key);
        line.append(" | ").append(i == null ? "-" : fmt(i, key.startsWith("unhappy") ? 1 : 4));
      }
      line.append(" | ").append(r.parameters().getOrDefault("served", "")).append(" |");
      System.out.println(line);
    }
  }

  private static String fmt(Interval i, int decimals) {
    return String.format(
        Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", i.mean(), i.halfWidth());
  }
}
