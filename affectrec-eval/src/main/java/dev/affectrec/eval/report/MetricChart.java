package dev.affectrec.eval.report;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * One PNG bar chart per metric family, drawn headless with JFreeChart: a group of bars per cutoff
 * (one group for a metric without cutoff, such as {@code rmse}), a bar per algorithm at its mean,
 * and an error bar for its 95% confidence interval (none when the interval is not defined, as for a
 * single split's coverage). A family is a metric name up to and including {@code @} ({@code ndcg@},
 * {@code happy-hit@}) or a whole name without cutoff ({@code rmse}). Stateless and thread-safe.
 */
public final class MetricChart {
  private MetricChart() {}

  /** Every metric family of {@code report} with at least one defined mean, in report order. */
  public static List<String> families(EvaluationReport report) {
    Set<String> out = new LinkedHashSet<>();
    for (AlgorithmResult r : report.results()) {
      r.metrics()
          .forEach(
              (name, interval) -> {
                if (Double.isFinite(interval.mean())) {
                  out.add(family(name));
                }
              });
    }
    return List.copyOf(out);
  }

  /** The file name of the chart of {@code family}, for example {@code ndcg.png}. */
  public static String fileName(String family) {
    return (family.endsWith("@") ? family.substring(0, family.length() - 1) : family) + ".png";
  }

  /**
   * Writes the chart of every family of {@code report} into the existing folder {@code dir},
   * replacing files of the same names.
   *
   * @return each family with the name of its file, in report order
   */
  public static Map<String, String> writeAll(EvaluationReport report, Path dir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String family : families(report)) {
      write(report, family, dir.resolve(fileName(family)));
      out.put(family, fileName(family));
    }
    return out;
  }

  /**
   * Writes the chart of {@code family} to {@code file} (800 by 500 pixels), replacing it.
   *
   * @param family a name from {@link #families}
   */
  public static void write(EvaluationReport report, String family, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    DefaultStatisticalCategoryDataset data = dataset(report, family);
    String name = family.endsWith("@") ? family + "K" : family;
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
    CategoryPlot plot =
        new CategoryPlot(
            data,
            new CategoryAxis(family.endsWith("@") ? "cutoff" : null),
            new NumberAxis(name),
            renderer);
    JFreeChart chart =
        new JFreeChart(
            name + " with 95% CI over " + report.intervalsOver() + ", " + report.protocol(),
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 500);
  }

  /**
   * The bars of {@code family}: a row per algorithm, a column per cutoff ({@code K=10}) or the
   * family name, the mean as value and the 95% half-width as "standard deviation" (the length of
   * each side of the error bar), null when not defined.
   */
  static DefaultStatisticalCategoryDataset dataset(EvaluationReport report, String family) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (String metric : metrics(report, family)) {
      String group = metric.equals(family) ? metric : "K=" + metric.substring(family.length());
      for (AlgorithmResult r : report.results()) {
        Interval interval = r.metric(metric);
        if (interval != null && Double.isFinite(interval.mean())) {
          Double width = Double.isFinite(interval.halfWidth()) ? interval.halfWidth() : null;
          data.add((Number) interval.mean(), width, r.label(), group);
        }
      }
    }
    return data;
  }

  /** The measured metric names of {@code family}, by ascending cutoff. */
  private static List<String> metrics(EvaluationReport report, String family) {
    List<String> out = new ArrayList<>();
    if (!family.endsWith("@")) {
      out.add(family);
      return out;
    }
    for (int k : report.cutoffs()) {
      String metric = family + k;
      if (report.results().stream().anyMatch(r -> r.metric(metric) != null)) {
        out.add(metric);
      }
    }
    return out;
  }

  private static String family(String metric) {
    int at = metric.indexOf('@');
    return at < 0 ? metric : metric.substring(0, at + 1);
  }
}
