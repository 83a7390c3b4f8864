package dev.affectrec.eval.harness;

import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.split.Split;
import dev.affectrec.io.progress.ProgressBar;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains and measures every algorithm on every split. With one split, intervals are over users;
 * with several, over the per-split means. Ranking metrics, plain and happy, are measured at cutoffs
 * 1, 5, 10, 20 and {@code k}; unhappy exposure and the cold slice at {@code k}; coverage, novelty
 * and diversity at the largest cutoff. Satisfaction comes from the context's rating scale ({@link
 * AlgorithmContext#ratings()}); without one, happy metrics equal the plain ones and unhappy
 * exposure is not defined. Not thread-safe.
 */
public final class EvaluationHarness {
  private final AlgorithmRegistry registry;
  private final AlgorithmContext context;
  private final int k;
  private final PrintStream progressOut;

  /**
   * @param registry resolves algorithm specs
   * @param context texts and threads for the algorithms
   * @param k the primary cutoff, at least 1
   * @param progressOut where the progress bar goes, or null for none
   */
  public EvaluationHarness(
      AlgorithmRegistry registry, AlgorithmContext context, int k, PrintStream progressOut) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
    this.registry = registry;
    this.context = context;
    this.k = k;
    this.progressOut = progressOut;
  }

  /** The cutoffs measured for primary cutoff {@code k}. */
  public static List<Integer> cutoffs(int k) {
    TreeSet<Integer> set = new TreeSet<>(List.of(1, 5, 10, 20));
    set.add(k);
    return List.copyOf(set);
  }

  /**
   * Runs the evaluation.
   *
   * @throws IllegalArgumentException for an unknown algorithm or bad parameters (before any
   *     training), or a split with no training data
   */
  public EvaluationReport run(
      String dataset, String protocol, List<Split> splits, List<AlgorithmSpec> specs) {
    return run(dataset, protocol, splits, specs, outcomes -> {});
  }

  /**
   * Runs the evaluation and hands {@code perUser} the per-user values and top lists of each
   * algorithm on each split as soon as they are measured (algorithm by algorithm, split by split),
   * so they need not all be held in memory.
   *
   * @throws IllegalArgumentException for an unknown algorithm or bad parameters (before any
   *     training), or a split with no training data
   */
  public EvaluationReport run(
      String dataset,
      String protocol,
      List<Split> splits,
      List<AlgorithmSpec> specs,
      Consumer<UserOutcomes> perUser) {
    List<Trainer<? extends ScoringModel>> trainers = new ArrayList<>();
    for (AlgorithmSpec spec : specs) {
      trainers.add(registry.create(spec, context));
    }
    List<Integer> cutoffs = cutoffs(k);
    List<InteractionMatrix> matrices = new ArrayList<>();
    List<SplitEvaluator> evaluators = new ArrayList<>();
    long work = 0;
    for (Split split : splits) {
      InteractionMatrix train = InteractionMatrix.of(split.train());
      if (train.nonZeros() == 0) {
        throw new IllegalArgumentException("split " + split.name() + " has no training data");
      }
      SplitEvaluator evaluator =
          new SplitEvaluator(train, split.test(), cutoffs, k, context.ratings().orElse(null));
      matrices.add(train);
      evaluators.add(evaluator);
      work += (long) specs.size() * (evaluator.rankedUsers() + 1);
    }
    ProgressBar progress = ProgressBar.counting(progressOut, work);
    List<AlgorithmResult> results = new ArrayList<>();
    for (int a = 0; a < specs.size(); a++) {
      String label = specs.get(a).label();
      List<SplitEvaluator.Measured> measured = new ArrayList<>();
      double[] fit = new double[splits.size()];
      double[] rank = new double[splits.size()];
      Map<String, String> parameters = Map.of();
      for (int s = 0; s < splits.size(); s++) {
        progress.label(label + " on " + splits.get(s).name() + ": training");
        long t0 = System.nanoTime();
        ScoringModel model = trainers.get(a).train(matrices.get(s));
        fit[s] = (System.nanoTime() - t0) / 1e9;
        progress.advance(1);
        parameters = model.provenance().parameters();
        progress.label(label + " on " + splits.get(s).name() + ": ranking");
        long t1 = System.nanoTime();
        SplitEvaluator.Measured m = evaluators.get(s).measure(model, progress);
        rank[s] = (System.nanoTime() - t1) / 1e9;
        measured.add(m);
        perUser.accept(
            new UserOutcomes(
                label, splits.get(s).name(), m.users(), m.perUser(), m.lists(), m.items()));
      }
      results.add(
          new AlgorithmResult(
              label, parameters, aggregate(measured), Interval.of(fit), Interval.of(rank)));
    }
    progress.finish();
    return new EvaluationReport(
        dataset,
        protocol,
        k,
        cutoffs,
        splits.size(),
        splits.size() == 1 ? "users" : "splits",
        results,
        context.ratings().orElse(null));
  }

  private static Map<String, Interval> aggregate(List<SplitEvaluator.Measured> measured) {
    Map<String, Interval> out = new LinkedHashMap<>();
    if (measured.size() == 1) {
      SplitEvaluator.Measured only = measured.get(0);
      only.perUser().forEach((name, values) -> out.put(name, Interval.of(withoutNaN(values))));
      only.perSplit().forEach((name, value) -> out.put(name, Interval.of(new double[] {value})));
      return out;
    }
    Map<String, List<Double>> bySplit = new LinkedHashMap<>();
    for (SplitEvaluator.Measured m : measured) {
      m.perUser()
          .forEach(
              (name, values) ->
                  bySplit
                      .computeIfAbsent(name, x -> new ArrayList<>())
                      .add(Interval.of(withoutNaN(values)).mean()));
      m.perSplit()
          .forEach((name, v) -> bySplit.computeIfAbsent(name, x -> new ArrayList<>()).add(v));
    }
    bySplit.forEach(
        (name, values) ->
            out.put(name, Interval.of(values.stream().mapToDouble(Double::doubleValue).toArray())));
    return out;
  }

  private static double[] withoutNaN(double[] values) {
    return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }
}
