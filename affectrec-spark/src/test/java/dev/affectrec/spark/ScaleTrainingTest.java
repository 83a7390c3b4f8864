package dev.affectrec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.eval.data.SyntheticConfig;
import dev.affectrec.eval.data.SyntheticInteractions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool of scripts/scale-table.sh. Only the single-node engine runs here: a Spark session costs
 * 10 to 40 s to start on this machine, and the spark engine's ALS is {@link
 * SparkAlsTrainer#estimator}, which {@link SparkAlsTest} runs; the script runs both engines.
 */
class ScaleTrainingTest {

  @Test
  void theSingleNodeEngineReadsEveryInteractionAndReportsItsTimes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("synthetic.tsv");
    new SyntheticInteractions(new SyntheticConfig(3_000, 60, 400, 1.0, 0.5, 9)).writeTsv(file);
    Map<String, Object> run = ScaleTraining.run(settings("single-node", file));
    assertThat(run.get("interactions")).isEqualTo(3_000);
    assertThat(run.get("users")).isEqualTo(60);
    assertThat(run).containsKeys("readSeconds", "fitSeconds", "heapPeakMb");
    assertThat(((Number) run.get("heapPeakMb")).longValue()).isPositive();
  }

  @Test
  void theSameSettingsReachBothTrainers() {
    ScaleTraining.Settings s = settings("single-node", Path.of("x"));
    assertThat(s.ours().factors()).isEqualTo(s.spark().factors()).isEqualTo(4);
    assertThat(s.ours().iterations()).isEqualTo(s.spark().iterations());
    assertThat(s.ours().lambda()).isEqualTo(s.spark().lambda());
    // Spark scales regParam by each vector's count: ours weighted with exponent 1 is the same.
    assertThat(s.ours().regularisation(50)).isEqualTo(s.spark().lambda() * 50);
    assertThat(s.ours().binary()).isTrue();
    assertThat(s.spark().binary()).isTrue();
    assertThatThrownBy(() -> settings("mapreduce", Path.of("x")))
        .hasMessageContaining("engine must be single-node, spark or spark-driver");
  }

  private static ScaleTraining.Settings settings(String engine, Path file) {
    return new ScaleTraining.Settings(engine, file, 4, 2, 0.1, 1, 1, "local[2]");
  }
}
