package dev.affectrec.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.metric.SatisfactionMetrics;
import java.util.Map;

/**
 * The report as JSON. Each interval is {@code {"mean": m, "ci95": h, "n": n}}, {@code n} counting
 * the users (or splits) the mean is over; a value that is not defined (NaN) is written as null, so
 * {@code unhappy-per-1k@K} of implicit feedback has a null mean. {@code ratingScale} (null for
 * implicit feedback) and {@code definitions} say how the satisfaction-aware metrics were measured.
 * Stateless and thread-safe.
 */
public final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The report as an indented JSON document. */
  public static String render(EvaluationReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("dataset", report.dataset());
    root.put("protocol", report.protocol());
    root.put("k", report.k());
    ArrayNode cutoffs = root.putArray("cutoffs");
    report.cutoffs().forEach(cutoffs::add);
    root.put("splits", report.splits());
    root.put("intervalsOver", report.intervalsOver());
    if (report.ratingScale() == null) {
      root.putNull("ratingScale");
    } else {
      ObjectNode scale = root.putObject("ratingScale");
      scale.put("min", report.ratingScale().min());
      scale.put("max", report.ratingScale().max());
    }
    ObjectNode definitions = root.putObject("definitions");
    SatisfactionMetrics.definitions().forEach((name, text) -> definitions.put(name + "K", text));
    ArrayNode algorithms = root.putArray("algorithms");
    for (AlgorithmResult r : report.results()) {
      ObjectNode a = algorithms.addObject();
      a.put("algorithm", r.label());
      ObjectNode params = a.putObject("parameters");
      r.parameters().forEach(params::put);
      interval(a.putObject("fitSeconds"), r.fitSeconds());
      interval(a.putObject("rankSeconds"), r.rankSeconds());
      ObjectNode metrics = a.putObject("metrics");
      for (Map.Entry<String, Interval> m : r.metrics().entrySet()) {
        interval(metrics.putObject(m.getKey()), m.getValue());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render a JSON tree", e);
    }
  }

  private static void interval(ObjectNode node, Interval interval) {
    number(node, "mean", interval.mean());
    number(node, "ci95", interval.halfWidth());
    node.put("n", interval.n());
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
