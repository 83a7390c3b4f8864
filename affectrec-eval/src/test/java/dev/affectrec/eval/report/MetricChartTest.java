package dev.affectrec.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricChartTest {
  private static final Interval NONE = new Interval(Double.NaN, Double.NaN, 0);

  private static AlgorithmResult result(String label, double ndcg1, double ndcg5, double rmse) {
    return new AlgorithmResult(
        label,
        Map.of(),
        Map.of(
            "ndcg@1", new Interval(ndcg1, 0.05, 40),
            "ndcg@5", new Interval(ndcg5, 0.02, 40),
            "rmse", new Interval(rmse, Double.NaN, 1),
            "unhappy-per-1k@5", NONE),
        new Interval(1, Double.NaN, 1),
        new Interval(1, Double.NaN, 1));
  }

  private static EvaluationReport report() {
    return new EvaluationReport(
        "data.tsv",
        "holdout",
        5,
        List.of(1, 5),
        1,
        "users",
        List.of(result("popular", 0.1, 0.2, 1.1), result("ease", 0.3, 0.4, 0.9)),
        null);
  }

  @Test
  void familiesLeaveOutMetricsWithNoDefinedMean() {
    assertThat(MetricChart.families(report())).containsExactly("ndcg@", "rmse");
    assertThat(MetricChart.fileName("ndcg@")).isEqualTo("ndcg.png");
    assertThat(MetricChart.fileName("rmse")).isEqualTo("rmse.png");
  }

  @Test
  void barsCarryMeansAndTheirNinetyFivePercentHalfWidths() {
    DefaultStatisticalCategoryDataset ndcg = MetricChart.dataset(report(), "ndcg@");
    assertThat(List.of(ndcg.getRowKey(0), ndcg.getRowKey(1))).containsExactly("popular", "ease");
    assertThat(List.of(ndcg.getColumnKey(0), ndcg.getColumnKey(1))).containsExactly("K=1", "K=5");
    assertThat(ndcg.getRowCount()).isEqualTo(2);
    assertThat(ndcg.getColumnCount()).isEqualTo(2);
    assertThat(ndcg.getMeanValue("ease", "K=5").doubleValue()).isEqualTo(0.4);
    assertThat(ndcg.getStdDevValue("ease", "K=5").doubleValue()).isEqualTo(0.02);
    assertThat(ndcg.getStdDevValue("popular", "K=1").doubleValue()).isEqualTo(0.05);
    DefaultStatisticalCategoryDataset rmse = MetricChart.dataset(report(), "rmse");
    assertThat(rmse.getColumnCount()).isEqualTo(1);
    assertThat(rmse.getColumnKey(0).toString()).isEqualTo("rmse");
    assertThat(rmse.getMeanValue("popular", "rmse").doubleValue()).isEqualTo(1.1);
    // One value per split: no interval, so no error bar.
    assertThat(rmse.getStdDevValue("popular", "rmse")).isNull();
  }

  @Test
  void writeAllDrawsOnePngPerFamily(@TempDir Path dir) throws Exception {
    Map<String, String> files = MetricChart.writeAll(report(), dir);
    assertThat(files)
        .containsExactly(Map.entry("ndcg@", "ndcg.png"), Map.entry("rmse", "rmse.png"));
    for (String file : files.values()) {
      byte[] png = Files.readAllBytes(dir.resolve(file));
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
    assertThat(dir.resolve("unhappy-per-1k.png")).doesNotExist();
  }
}
