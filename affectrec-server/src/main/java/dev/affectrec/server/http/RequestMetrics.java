package dev.affectrec.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request into the {@code http.server.requests} timer, tagged by method, route template
 * (not the raw path, so ids do not explode the tag space) and status.
 */
public final class RequestMetrics {
  private static final String START = "affectrec.request.start";

  private RequestMetrics() {}

  /** Registers before/after handlers on {@code config} that time into {@code registry}. */
  public static void install(JavalinConfig config, MeterRegistry registry) {
    config.router.mount(
        router -> {
          router.before(ctx -> ctx.attribute(START, System.nanoTime()));
          router.after(ctx -> record(ctx, registry));
        });
  }

  private static void record(Context ctx, MeterRegistry registry) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    String route = ctx.endpointHandlerPath();
    Timer.builder("http.server.requests")
        .tag("method", ctx.method().name())
        .tag("route", route == null || route.isEmpty() ? "unmatched" : route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }
}
