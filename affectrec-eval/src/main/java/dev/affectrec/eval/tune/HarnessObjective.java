package dev.affectrec.eval.tune;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.tune.Objective;
import dev.affectrec.recommend.tune.TrialScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation harness as a {@link dev.affectrec.recommend.tune.ModelSearch} objective: every
 * candidate trained and measured on the given validation splits (validation cuts of training parts,
 * never a test part), scored by RMSE (lower is better) when the spec as written predicts ratings,
 * else by NDCG@k. Thread-safe as the harness is.
 */
public final class HarnessObjective implements Objective {
  private final EvaluationHarness harness;
  private final String dataset;
  private final List<Split> validation;

  /**
   * @param harness trains and measures, never null
   * @param dataset the data set's name in the harness's report
   * @param validation validation cuts of training data, never null
   */
  public HarnessObjective(EvaluationHarness harness, String dataset, List<Split> validation) {
    this.harness = Objects.requireNonNull(harness, "harness is required");
    this.dataset = Objects.requireNonNull(dataset, "dataset is required");
    this.validation = List.copyOf(validation);
  }

  @Override
  public TrialScores measure(List<AlgorithmSpec> candidates) {
    EvaluationReport report = harness.run(dataset, "validation", validation, candidates);
    Interval rmse = report.results().get(0).metric("rmse");
    String objective = rmse != null && !Double.isNaN(rmse.mean()) ? "rmse" : "ndcg@" + report.k();
    List<Double> values = new ArrayList<>();
    for (AlgorithmResult result : report.results()) {
      Interval value = result.metric(objective);
      values.add(value == null ? Double.NaN : value.mean());
    }
    return new TrialScores(objective, objective.equals("rmse"), values);
  }
}
