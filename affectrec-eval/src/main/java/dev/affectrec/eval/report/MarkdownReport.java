package dev.affectrec.eval.report;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.MetricDefinitions;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole evaluation as one Markdown document (report.md): the command's parameters, each
 * algorithm with the parameters its models were trained with, the results table ({@link
 * MarkdownTable#table}), where satisfaction came from, the definition of every metric, the charts
 * and the files beside the report. Stateless and thread-safe.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders the report.
   *
   * @param parameters the command's parameters by name, in the order to show (for example {@code
   *     input}, {@code protocol}, {@code seed}); values are shown as written
   * @param charts each charted metric family with its file name, relative to the report ({@link
   *     MetricChart#writeAll})
   */
  public static String render(
      EvaluationReport report, Map<String, String> parameters, Map<String, String> charts) {
    StringBuilder out = new StringBuilder("# Evaluation report\n\n## Parameters\n\n");
    out.append("| parameter | value |\n|---|---|\n");
    parameters.forEach((name, value) -> row(out, name, value));
    row(out, "cutoffs", report.cutoffs().stream().map(String::valueOf).collect(joining()));
    row(out, "splits", Integer.toString(report.splits()));
    row(out, "95% intervals over", report.intervalsOver());
    out.append("\n## Algorithms\n\n| algorithm | trained with |\n|---|---|\n");
    for (AlgorithmResult r : report.results()) {
      row(
          out,
          r.label(),
          r.parameters().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(joining()));
    }
    out.append("\n## Results\n\n").append(MarkdownTable.table(report)).append('\n');
    out.append(MarkdownTable.satisfactionSource(report)).append("\n\n## Metric definitions\n\n");
    out.append("K is the cutoff: the length of the top list a value is measured on.\n\n");
    MetricDefinitions.all()
        .forEach(
            (family, text) ->
                out.append("- ")
                    .append(family.endsWith("@") ? family + "K" : family)
                    .append(": ")
                    .append(text)
                    .append('\n'));
    out.append("\n## Charts\n\nBars are means; error bars are 95% confidence intervals.\n\n");
    charts.forEach(
        (family, file) -> out.append("![").append(family).append("](").append(file).append(")\n"));
    out.append("\n## Files\n\n")
        .append("- report.json: the results above with every cutoff, as JSON\n")
        .append("- ")
        .append(UserOutcomesCsv.PER_USER)
        .append(": each ranked test user's value of every per-user metric, by algorithm and")
        .append(" split (empty where the user does not count for the metric)\n")
        .append("- ")
        .append(UserOutcomesCsv.TOP_K)
        .append(": each ranked test user's top list with scores, by algorithm and split\n");
    return out.toString();
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("| ").append(escape(name)).append(" | ").append(escape(value)).append(" |\n");
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|").replace("\n", " ");
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
