package dev.affectrec.eval.report;

import dev.affectrec.api.InputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of a soak test ({@code scripts/soak.sh}): recommendation latency p50 and p99 per minute
 * on the left axis and the heap after garbage collection on the right, drawn headless with
 * JFreeChart into a PNG. Reads the script's samples CSV, whose header names at least the columns
 * {@code minute}, {@code p50_ms}, {@code p99_ms} and {@code heap_after_gc_mb} (in any order; other
 * columns are ignored). Stateless and thread-safe.
 */
public final class SoakChart {
  private SoakChart() {}

  /** One minute of a soak: latency percentiles in milliseconds and heap after GC in MB. */
  public record Minute(int minute, double p50Ms, double p99Ms, double heapAfterGcMb) {}

  /**
   * Reads the samples CSV.
   *
   * @throws InputException naming the line and column of a missing column or a bad number
   */
  public static List<Minute> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    if (lines.isEmpty()) {
      throw new InputException(csv + " is empty: expected a header line and one line per minute");
    }
    List<String> header = Arrays.asList(lines.get(0).trim().split(","));
    int[] at = new int[4];
    String[] names = {"minute", "p50_ms", "p99_ms", "heap_after_gc_mb"};
    for (int c = 0; c < names.length; c++) {
      at[c] = header.indexOf(names[c]);
      if (at[c] < 0) {
        throw new InputException(
            csv + " line 1: the header has no column '" + names[c] + "'; it has " + header);
      }
    }
    List<Minute> out = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] f = lines.get(n).trim().split(",", -1);
      double[] v = new double[4];
      for (int c = 0; c < 4; c++) {
        String text = at[c] < f.length ? f[at[c]].trim() : "";
        try {
          v[c] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new InputException(
              csv
                  + " line "
                  + (n + 1)
                  + ", column '"
                  + names[c]
                  + "': '"
                  + text
                  + "' is not a number; fix or remove the line",
              e);
        }
      }
      out.add(new Minute((int) v[0], v[1], v[2], v[3]));
    }
    return out;
  }

  /** Writes the chart of {@code minutes} to {@code png} (900 by 500 pixels), replacing it. */
  public static void write(List<Minute> minutes, String title, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYSeries p50 = new XYSeries("p50 (ms)");
    XYSeries p99 = new XYSeries("p99 (ms)");
    XYSeries heap = new XYSeries("heap after GC (MB)");
    for (Minute m : minutes) {
      addIfDefined(p50, m.minute(), m.p50Ms());
      addIfDefined(p99, m.minute(), m.p99Ms());
      addIfDefined(heap, m.minute(), m.heapAfterGcMb());
    }
    XYSeriesCollection latency = new XYSeriesCollection();
    latency.addSeries(p50);
    latency.addSeries(p99);
    NumberAxis minute = new NumberAxis("minute");
    minute.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(latency, minute, new NumberAxis("latency (ms)"), renderer());
    plot.setDataset(1, new XYSeriesCollection(heap));
    plot.setRangeAxis(1, new NumberAxis("heap after GC (MB)"));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer heapLine = renderer();
    heapLine.setSeriesPaint(0, new Color(0x2e7d32));
    heapLine.setSeriesStroke(
        0,
        new BasicStroke(
            2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
    plot.setRenderer(1, heapLine);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
  }

  private static XYLineAndShapeRenderer renderer() {
    return new XYLineAndShapeRenderer(true, true);
  }

  private static void addIfDefined(XYSeries series, int x, double y) {
    if (Double.isFinite(y)) {
      series.add(x, y);
    }
  }

  /**
   * {@code SoakChart SAMPLES.csv OUT.png [TITLE]}: draws the chart of a soak's samples (used by
   * {@code scripts/soak.sh}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SoakChart SAMPLES.csv OUT.png [TITLE]");
      System.exit(2);
    }
    String title = args.length > 2 ? args[2] : "Soak: latency and heap per minute";
    write(read(Path.of(args[0])), title, Path.of(args[1]));
  }
}
