package dev.affectrec.server.handlers;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;

/** {@code GET /health}, {@code GET /v1/stats} and {@code GET /metrics}. Thread-safe. */
public final class StatusHandlers {
  private final EventStore store;
  private final PrometheusMeterRegistry registry;

  /** Handlers over {@code store} and {@code registry}. */
  public StatusHandlers(EventStore store, PrometheusMeterRegistry registry) {
    this.store = store;
    this.registry = registry;
  }

  /** Liveness: answers 200 while the process serves requests. Cheap; touches no data. */
  public void health(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  /** Counts of users, items, events and events by type. */
  public void stats(Context ctx) {
    StoreStats stats = store.stats();
    ctx.json(
        Map.of(
            "users",
            stats.users(),
            "items",
            stats.items(),
            "events",
            stats.events(),
            "eventsByType",
            stats.eventsByType()));
  }

  /** Prometheus text exposition of every meter. */
  public void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
