package dev.affectrec.eval.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.job.EvaluateJob;
import dev.affectrec.eval.job.EvaluateOptions;
import dev.affectrec.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Accuracy regression on MovieLens 100K (random 80/20 per-user split, seed 42), within a tolerance
 * of the values recorded in docs/EVALUATION.md. Skips without the data unless CI=true.
 */
class MovieLensRegressionTest {

  @Test
  void holdoutNdcgAt10StaysWhereItWas() throws Exception {
    EvaluationReport report =
        new EvaluateJob()
            .run(
                EvaluateOptions.of(
                    DataFormat.MOVIELENS,
                    SharedData.require("data/movielens-100k/u.data").getParent(),
                    "holdout",
                    "popular,itemknn,ease:lambda=500"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                null);
    assertThat(report.results().get(0).metric("ndcg@10").mean()).isCloseTo(0.2098, within(0.01));
    assertThat(report.results().get(1).metric("ndcg@10").mean()).isCloseTo(0.3429, within(0.01));
    assertThat(report.results().get(2).metric("ndcg@10").mean()).isCloseTo(0.4364, within(0.01));
  }
}
