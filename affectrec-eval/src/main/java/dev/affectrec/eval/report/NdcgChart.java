package dev.affectrec.eval.report;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.metric.SatisfactionMetrics;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG line chart of NDCG (plain or happy) at each cutoff, one line per algorithm, drawn headless
 * with JFreeChart. Stateless and thread-safe.
 */
public final class NdcgChart {
  private NdcgChart() {}

  /** Writes the chart of plain NDCG to {@code file} (800 by 500 pixels), replacing it. */
  public static void write(EvaluationReport report, Path file) throws IOException {
    write(report, "ndcg@", "NDCG", file);
  }

  /**
   * Writes the chart of happy NDCG ({@link SatisfactionMetrics#HAPPY_NDCG}) to {@code file},
   * replacing it.
   */
  public static void writeHappy(EvaluationReport report, Path file) throws IOException {
    write(report, SatisfactionMetrics.HAPPY_NDCG, "happy NDCG", file);
  }

  private static void write(EvaluationReport report, String prefix, String name, Path file)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYSeriesCollection data = new XYSeriesCollection();
    for (AlgorithmResult r : report.results()) {
      XYSeries series = new XYSeries(r.label());
      for (int k : report.cutoffs()) {
        Interval ndcg = r.metric(prefix + k);
        if (ndcg != null && Double.isFinite(ndcg.mean())) {
          series.add(k, ndcg.mean());
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            name + "@K, " + report.protocol(),
            "K",
            name,
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 500);
  }
}
