package dev.affectrec.eval.report;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.metric.SatisfactionMetrics;
import java.util.List;
import java.util.Locale;

/**
 * The report as a Markdown table: one row per algorithm, the main metrics at the primary cutoff as
 * {@code mean ± ci95} (plain NDCG first, then the satisfaction-aware metrics beside it), then
 * coverage, novelty, diversity, RMSE and MAE where measured, and times; below the table, where the
 * satisfaction came from and the definition of each satisfaction-aware metric. Stateless and
 * thread-safe.
 */
public final class MarkdownTable {
  private MarkdownTable() {}

  /** The table with a one-line caption, then {@link #satisfactionNote}. */
  public static String render(EvaluationReport report) {
    return table(report) + '\n' + satisfactionNote(report);
  }

  /** The one-line caption and the table. */
  public static String table(EvaluationReport report) {
    int k = report.k();
    int maxK = report.cutoffs().get(report.cutoffs().size() - 1);
    List<String> columns =
        List.of(
            "ndcg@" + k,
            SatisfactionMetrics.HAPPY_NDCG + k,
            SatisfactionMetrics.HAPPY_HIT + k,
            SatisfactionMetrics.UNHAPPY_PER_1K + k,
            SatisfactionMetrics.COLD_HAPPY_NDCG + k,
            SatisfactionMetrics.COLD_HAPPY_HIT + k,
            "precision@" + k,
            "recall@" + k,
            "map@" + k,
            "hit@" + k,
            "mrr@" + k,
            "coverage@" + maxK,
            "novelty@" + maxK,
            "ild@" + maxK,
            "rmse",
            "mae");
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s, protocol %s, %d split(s), 95%% CI over %s%n%n",
            report.dataset(),
            report.protocol(),
            report.splits(),
            report.intervalsOver()));
    out.append("| algorithm |");
    columns.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append(" fit s | rank s |\n|---|");
    columns.forEach(c -> out.append("---|"));
    out.append("---|---|\n");
    for (AlgorithmResult r : report.results()) {
      out.append("| ").append(r.label()).append(" |");
      for (String c : columns) {
        out.append(' ').append(cell(report, c, r.metric(c))).append(" |");
      }
      out.append(' ').append(format(r.fitSeconds())).append(" |");
      out.append(' ').append(format(r.rankSeconds())).append(" |\n");
    }
    return out.toString();
  }

  /**
   * {@link #satisfactionSource}, then the definition of each satisfaction-aware metric, one per
   * line.
   */
  public static String satisfactionNote(EvaluationReport report) {
    StringBuilder out = new StringBuilder(satisfactionSource(report)).append('\n');
    SatisfactionMetrics.definitions()
        .forEach(
            (name, text) -> out.append("- ").append(name).append("K: ").append(text).append('\n'));
    return out.toString();
  }

  /** One sentence: the rating scale satisfaction was read on, or implicit feedback. */
  public static String satisfactionSource(EvaluationReport report) {
    return report.ratingScale() == null
        ? "Implicit feedback: no rating scale, so every held-out item counts as happy."
        : String.format(
            Locale.ROOT,
            "Satisfaction from the held-out ratings on the %s-%s scale.",
            number(report.ratingScale().min()),
            number(report.ratingScale().max()));
  }

  private static String cell(EvaluationReport report, String column, Interval interval) {
    if (!column.startsWith(SatisfactionMetrics.UNHAPPY_PER_1K)) {
      return format(interval);
    }
    if (report.ratingScale() == null) {
      return "n/a";
    }
    if (interval == null || Double.isNaN(interval.mean())) {
      return "-";
    }
    return Double.isNaN(interval.halfWidth())
        ? String.format(Locale.ROOT, "%.1f", interval.mean())
        : String.format(Locale.ROOT, "%.1f ± %.1f", interval.mean(), interval.halfWidth());
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** {@code mean ± halfWidth} with four decimals, the mean alone without a width, or a dash. */
  public static String format(Interval interval) {
    if (interval == null || Double.isNaN(interval.mean())) {
      return "-";
    }
    if (Double.isNaN(interval.halfWidth())) {
      return String.format(Locale.ROOT, "%.4f", interval.mean());
    }
    return String.format(Locale.ROOT, "%.4f ± %.4f", interval.mean(), interval.halfWidth());
  }
}
