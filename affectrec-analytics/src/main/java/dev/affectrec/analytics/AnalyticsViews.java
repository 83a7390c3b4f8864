package dev.affectrec.analytics;

import dev.affectrec.analytics.alert.Alert;
import dev.affectrec.analytics.alert.AlertExample;
import dev.affectrec.analytics.alert.NegativeCounts;
import dev.affectrec.analytics.aspect.AspectCount;
import dev.affectrec.analytics.risk.AtRisk;
import dev.affectrec.analytics.trend.TrendPoint;
import dev.affectrec.analytics.trend.TrendQuery;
import dev.affectrec.api.emotion.Emotion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of analyses (plain maps and lists for any JSON writer), shared by the REST API
 * and the CLI so both print the same documents. Emotions are keyed by wire name in {@link Emotion}
 * order.
 */
public final class AnalyticsViews {
  private AnalyticsViews() {}

  /**
   * {@code {"scope","id","bucket","from","to","points":[{"start","readings","valence",
   * "negativeShare","mix":{emotion: mean}}]}}.
   */
  public static Map<String, Object> trend(TrendQuery query, List<TrendPoint> points) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", query.scope().wireName());
    out.put("id", query.id());
    out.put("bucket", query.bucket().wireName());
    out.put("from", query.from() == null ? null : query.from().toString());
    out.put("to", query.to() == null ? null : query.to().toString());
    out.put("points", points.stream().map(AnalyticsViews::point).toList());
    return out;
  }

  private static Map<String, Object> point(TrendPoint point) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", point.start().toString());
    out.put("readings", point.readings());
    out.put("valence", round(point.valence()));
    out.put("negativeShare", round(point.negativeShare()));
    Map<String, Object> mix = new LinkedHashMap<>();
    for (Emotion emotion : Emotion.values()) {
      mix.put(emotion.wireName(), round(point.mix().get(emotion)));
    }
    out.put("mix", mix);
    return out;
  }

  /** {@code {"alerts":[alert...]}}, in the given (severity) order. */
  public static Map<String, Object> alerts(List<Alert> alerts) {
    return Map.of("alerts", alerts.stream().map(AnalyticsViews::alert).toList());
  }

  /**
   * {@code {"scope","id","emotion","severity","evidence":{"window":{"from","to"},"before":{counts},
   * "after":{counts},"historyRate","probability","emotionsAfter":{...},"examples":[...]}}}.
   */
  public static Map<String, Object> alert(Alert alert) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", alert.scope().wireName());
    out.put("id", alert.id());
    out.put("emotion", alert.emotion().wireName());
    out.put("severity", round(alert.severity()));
    var e = alert.evidence();
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put(
        "window", Map.of("from", e.windowFrom().toString(), "to", e.windowTo().toString()));
    evidence.put("before", counts(e.before()));
    evidence.put("after", counts(e.after()));
    evidence.put("historyRate", round(e.historyRate()));
    evidence.put("probability", round(e.probability()));
    Map<String, Object> emotions = new LinkedHashMap<>();
    for (Emotion emotion : Emotion.values()) {
      emotions.put(emotion.wireName(), e.emotionsAfter().get(emotion));
    }
    evidence.put("emotionsAfter", emotions);
    evidence.put("examples", e.examples().stream().map(AnalyticsViews::example).toList());
    out.put("evidence", evidence);
    return out;
  }

  private static Map<String, Object> counts(NegativeCounts counts) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("readings", counts.readings());
    out.put("negative", counts.negative());
    out.put("negativeShare", round(counts.share()));
    return out;
  }

  private static Map<String, Object> example(AlertExample example) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event", example.eventId());
    out.put("item", example.item());
    out.put("time", example.time().toString());
    out.put("emotion", example.emotion().wireName());
    out.put("text", example.text());
    return out;
  }

  /**
   * {@code {"item","aspects":[{"aspect","count","negative","negativeShare"}]}}, in the given (most
   * complained-about first) order.
   */
  public static Map<String, Object> aspects(String item, List<AspectCount> aspects) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("item", item);
    out.put(
        "aspects",
        aspects.stream()
            .map(
                a -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("aspect", a.aspect());
                  row.put("count", a.count());
                  row.put("negative", a.negative());
                  row.put("negativeShare", round(a.negativeShare()));
                  return row;
                })
            .toList());
    return out;
  }

  /**
   * {@code {"model","users":[{"user","risk","reviews","lastValence"}]}}, most at risk first; model
   * names the feature set that ranked them (trajectory+behaviour+ratings or ratings-only).
   */
  public static Map<String, Object> atRisk(AtRisk.Ranking ranking) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", ranking.model());
    out.put(
        "users",
        ranking.users().stream()
            .map(
                u -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("user", u.user());
                  row.put("risk", round(u.risk()));
                  row.put("reviews", u.reviews());
                  row.put("lastValence", round(u.lastValence()));
                  return row;
                })
            .toList());
    return out;
  }

  /**
   * {@code {"examples","low","folds","foldsServingFull","aucFull","aucRatingsOnly","aucServed",
   * "aucFullInterval":[lo,hi],"aucRatingsOnlyInterval":[lo,hi],"aucServedInterval":[lo,hi],
   * "aucDifferenceInterval":[lo,hi]}} (95%).
   */
  public static Map<String, Object> evaluation(AtRisk.Evaluation e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("examples", e.examples());
    out.put("low", e.low());
    out.put("folds", AtRisk.FOLDS);
    out.put("foldsServingFull", e.foldsServingFull());
    out.put("aucFull", round(e.aucFull()));
    out.put("aucRatingsOnly", round(e.aucRatingsOnly()));
    out.put("aucServed", round(e.aucServed()));
    out.put("aucFullInterval", interval(e.aucFullInterval()));
    out.put("aucRatingsOnlyInterval", interval(e.aucRatingsOnlyInterval()));
    out.put("aucServedInterval", interval(e.aucServedInterval()));
    out.put("aucDifferenceInterval", interval(e.aucDifferenceInterval()));
    return out;
  }

  private static List<Double> interval(double[] bounds) {
    return List.of(round(bounds[0]), round(bounds[1]));
  }

  /** {@code value} rounded to 4 decimals, so documents stay short and stable. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
