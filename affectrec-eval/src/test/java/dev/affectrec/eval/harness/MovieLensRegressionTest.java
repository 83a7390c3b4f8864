package dev.affectrec.eval.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.job.EvaluateJob;
import dev.affectrec.eval.job.EvaluateOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy regression on MovieLens 100K (random 80/20 per-user split, seed 42), within a tolerance
 * of the values recorded in docs/EVALUATION.md. Skips without the data unless CI=true.
 */
class MovieLensRegressionTest {

  private static Path dataset() {
    String shared = System.getProperty("affectrec.shared.dir");
    Path dir = shared == null ? null : Path.of(shared, "data", "movielens-100k");
    boolean present = dir != null && Files.isRegularFile(dir.resolve("u.data"));
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail("MovieLens 100K is required in CI but missing under " + shared);
    }
    Assumptions.assumeTrue(present, "MovieLens 100K not found under affectrec.shared.dir; skipped");
    return dir;
  }

  @Test
  void holdoutNdcgAt10StaysWhereItWas() throws Exception {
    EvaluationReport report =
        new EvaluateJob()
            .run(
                EvaluateOptions.of(
                    DataFormat.MOVIELENS, dataset(), "holdout", "popular,itemknn,ease:lambda=500"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                null);
    assertThat(report.results().get(0).metric("ndcg@10").mean()).isCloseTo(0.2098, within(0.01));
    assertThat(report.results().get(1).metric("ndcg@10").mean()).isCloseTo(0.3429, within(0.01));
    assertThat(report.results().get(2).metric("ndcg@10").mean()).isCloseTo(0.4364, within(0.01));
  }
}
