package dev.affectrec.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.server.handlers.CatalogHandlers;
import dev.affectrec.server.handlers.EventHandlers;
import dev.affectrec.server.handlers.StatusHandlers;
import dev.affectrec.server.http.JsonMappers;
import dev.affectrec.server.http.ProblemResponses;
import dev.affectrec.server.http.RequestMetrics;
import dev.affectrec.server.ingest.IngestService;
import dev.affectrec.store.EventStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The running REST service. {@link #start} binds the port and returns once the server accepts
 * connections; {@link #close} stops it (the store is the caller's to close). Thread-safe.
 */
public final class AffectRecServer implements AutoCloseable {
  private final Javalin app;
  private final ServerConfig config;
  private final IngestService ingest;
  private final JvmGcMetrics gcMetrics;

  private AffectRecServer(
      Javalin app, ServerConfig config, IngestService ingest, JvmGcMetrics gcMetrics) {
    this.app = app;
    this.config = config;
    this.ingest = ingest;
    this.gcMetrics = gcMetrics;
  }

  /**
   * Starts a server over {@code store}.
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public static AffectRecServer start(ServerConfig config, EventStore store) {
    ObjectMapper mapper = JsonMappers.create();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    JvmGcMetrics gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    IngestService ingest = new IngestService(store, registry);
    EventHandlers events = new EventHandlers(ingest, store, mapper, config);
    CatalogHandlers catalog = new CatalogHandlers(store, mapper, config);
    StatusHandlers status = new StatusHandlers(store, registry);
    byte[] openApi = readResource("/openapi.json");
    Javalin app =
        Javalin.create(
            javalin -> {
              javalin.showJavalinBanner = false;
              javalin.useVirtualThreads = false;
              javalin.http.maxRequestSize = config.maxBodyBytes();
              javalin.jsonMapper(new JavalinJackson(mapper, false));
              RequestMetrics.install(javalin, registry);
              ProblemResponses.install(javalin, mapper);
              javalin.router.mount(
                  router -> {
                    router.get("/health", status::health);
                    router.get("/metrics", status::metrics);
                    router.get(
                        "/openapi.json",
                        ctx -> ctx.contentType("application/json").result(openApi));
                    router.get("/v1/stats", status::stats);
                    router.post("/v1/events", events::ingest);
                    router.get("/v1/users/{id}/events", events::listForUser);
                    router.put("/v1/items/{id}", catalog::putItem);
                    router.put("/v1/users/{id}", catalog::putUser);
                  });
            });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      gcMetrics.close();
      throw new IllegalStateException(
          "could not start the server on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
    return new AffectRecServer(app, config, ingest, gcMetrics);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = AffectRecServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bound port (the real one when the config asked for port 0). */
  public int port() {
    return app.port();
  }

  /** Base URI such as {@code http://127.0.0.1:8080}. */
  public URI baseUri() {
    String host = "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host();
    return URI.create("http://" + host + ":" + port());
  }

  /** The ingest path, for registering listeners. */
  public IngestService ingest() {
    return ingest;
  }

  /** Stops serving. Idempotent. */
  @Override
  public void close() {
    app.stop();
    gcMetrics.close();
  }
}
