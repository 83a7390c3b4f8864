package dev.affectrec.server.analytics;

import dev.affectrec.analytics.AnalyticsTimes;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.analytics.alert.AlertOptions;
import dev.affectrec.analytics.alert.Alerts;
import dev.affectrec.analytics.aspect.ItemAspects;
import dev.affectrec.analytics.risk.AtRisk;
import dev.affectrec.analytics.trend.TrendBucket;
import dev.affectrec.analytics.trend.TrendQuery;
import dev.affectrec.analytics.trend.TrendScope;
import dev.affectrec.analytics.trend.Trends;
import dev.affectrec.api.InputException;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.store.EventStore;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /v1/analytics/trends}, {@code /alerts}, {@code /aspects} and {@code /at-risk}. Every
 * request reads the store as it stands (one snapshot), so answers are live: a review ingested a
 * moment ago counts as soon as its text reading is stored. Invalid parameters answer 400 naming the
 * parameter. Thread-safe.
 */
public final class AnalyticsHandlers {
  private final EventStore store;

  /** Handlers over {@code store}. */
  public AnalyticsHandlers(EventStore store) {
    this.store = store;
  }

  /**
   * {@code ?scope=item|category|segment|all&id=&from=&to=&bucket=day|week|month}: scope defaults to
   * all and bucket to day; from and to are dates or instants.
   */
  public void trends(Context ctx) {
    TrendScope scope =
        param("scope", () -> TrendScope.parse(orDefault(ctx.queryParam("scope"), "all")));
    TrendBucket bucket =
        param("bucket", () -> TrendBucket.parse(orDefault(ctx.queryParam("bucket"), "day")));
    var from = param("from", () -> AnalyticsTimes.parse("from", ctx.queryParam("from")));
    var to = param("to", () -> AnalyticsTimes.parse("to", ctx.queryParam("to")));
    String id = ctx.queryParam("id");
    TrendQuery query =
        param(
            to != null && from != null && !to.isAfter(from) ? "to" : "id",
            () -> new TrendQuery(scope, id == null || id.isEmpty() ? null : id, from, to, bucket));
    var points = param("bucket", () -> Trends.compute(ReviewLog.of(store), query));
    ctx.json(AnalyticsViews.trend(query, points));
  }

  /**
   * {@code ?days=7}: the alerts of the {@code days} (1 to 90) ending with the newest event, most
   * severe first.
   */
  public void alerts(Context ctx) {
    int days = QueryParams.intInRange(ctx, "days", AlertOptions.DEFAULTS.windowDays(), 1, 90);
    AlertOptions d = AlertOptions.DEFAULTS;
    AlertOptions options =
        new AlertOptions(
            days,
            d.minRecent(),
            d.minProbability(),
            d.minIncrease(),
            d.priorReadings(),
            d.examples());
    ctx.json(AnalyticsViews.alerts(Alerts.detect(ReviewLog.of(store), options)));
  }

  /** {@code ?item=ID}: the item's aspects, most complained-about first. */
  public void aspects(Context ctx) {
    String item = ctx.queryParam("item");
    if (item == null || item.isBlank()) {
      throw ApiException.invalid("item", "is required");
    }
    ReviewLog log = ReviewLog.of(store);
    ctx.json(AnalyticsViews.aspects(item, ItemAspects.of(log, ItemAspects.lexicon(log), item)));
  }

  /**
   * {@code ?limit=20}: the users (1 to 1000) most likely to write a 1-2 star review next, most at
   * risk first, by the model that validated best on the store's own history (the full features only
   * when they beat ratings alone), named in the answer's {@code model}.
   */
  public void atRisk(Context ctx) {
    int limit = QueryParams.intInRange(ctx, "limit", 20, 1, 1000);
    ctx.json(AnalyticsViews.atRisk(AtRisk.rank(ReviewLog.of(store), limit)));
  }

  private static String orDefault(String raw, String fallback) {
    return raw == null || raw.isEmpty() ? fallback : raw;
  }

  /** The value {@code parse} gives, its input error a 400 naming {@code field}. */
  private static <T> T param(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InputException e) {
      throw ApiException.invalid(field, e.getMessage());
    }
  }
}
