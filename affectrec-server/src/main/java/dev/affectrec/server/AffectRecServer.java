package dev.affectrec.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.alert.AlertWebhook;
import dev.affectrec.server.analytics.AlertNotifier;
import dev.affectrec.server.analytics.AnalyticsHandlers;
import dev.affectrec.server.dashboard.DashboardAssets;
import dev.affectrec.server.emotion.EmotionHandlers;
import dev.affectrec.server.emotion.TextEmotionHandlers;
import dev.affectrec.server.handlers.AdminHandlers;
import dev.affectrec.server.handlers.CatalogHandlers;
import dev.affectrec.server.handlers.EventHandlers;
import dev.affectrec.server.handlers.ExportHandlers;
import dev.affectrec.server.handlers.PrivacyHandlers;
import dev.affectrec.server.handlers.StatusHandlers;
import dev.affectrec.server.handlers.SummaryHandlers;
import dev.affectrec.server.http.ConnectionLimits;
import dev.affectrec.server.http.JsonMappers;
import dev.affectrec.server.http.ProblemResponses;
import dev.affectrec.server.http.RequestMetrics;
import dev.affectrec.server.privacy.RequestAudit;
import dev.affectrec.server.recommend.ListHandlers;
import dev.affectrec.server.recommend.RecommendationHandlers;
import dev.affectrec.server.security.AccessControl;
import dev.affectrec.server.security.HeadRoutes;
import dev.affectrec.server.security.Route;
import dev.affectrec.server.security.RouteRoles;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.KeyService;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.serving.behaviour.BehaviourModels;
import dev.affectrec.serving.behaviour.BehaviourReadingListener;
import dev.affectrec.serving.ingest.IngestService;
import dev.affectrec.serving.privacy.AuditTrail;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.serving.privacy.ErasureListener;
import dev.affectrec.serving.privacy.ErasureService;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.serving.reading.TextModelHolder;
import dev.affectrec.store.EventStore;
import dev.affectrec.vision.model.FaceModels;
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
import java.time.Clock;

/**
 * The running REST service. {@link #start} binds the port and returns once the server accepts
 * connections; {@link #close} stops it (the store is the caller's to close). Every route but {@code
 * /health} and the static dashboard page ({@code /dashboard}, which holds no data) needs an API key
 * with a role that permits it. Thread-safe.
 */
public final class AffectRecServer implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(AffectRecServer.class);

  /**
   * How often stored texts without a reading (lost to a crash with the reading queue) are read;
   * they are also read once at start.
   */
  static final java.time.Duration TEXT_CATCH_UP_EVERY = java.time.Duration.ofMinutes(5);

  private final Javalin app;
  private final ServerConfig config;
  private final Services services;
  private final JvmGcMetrics gcMetrics;
  private final HeadRoutes routes;

  private AffectRecServer(
      Javalin app,
      ServerConfig config,
      Services services,
      JvmGcMetrics gcMetrics,
      HeadRoutes routes) {
    this.app = app;
    this.config = config;
    this.services = services;
    this.gcMetrics = gcMetrics;
    this.routes = routes;
  }

  /** The long-lived services the handlers share. */
  private record Services(
      IngestService ingest,
      KeyService keys,
      ErasureService erasure,
      ReviewReadingListener reviewReadings,
      BehaviourReadingListener behaviourReadings,
      RecommendationService recommendations,
      AlertNotifier alertNotifier,
      io.micrometer.core.instrument.MeterRegistry meters) {}

  /** Starts a server over {@code store} with the default security settings. */
  public static AffectRecServer start(ServerConfig config, EventStore store) {
    return start(config, SecurityConfig.DEFAULTS, store);
  }

  /**
   * Starts a server over {@code store}.
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public static AffectRecServer start(
      ServerConfig config, SecurityConfig security, EventStore store) {
    return start(config, security, store, null);
  }

  /**
   * Starts a server over {@code store} that serves recommendations from models kept in {@code
   * models} (trained at start when there is none, retrained in the background per {@code serving}).
   *
   * @param models where served models live, or null to leave recommendations off (503)
   * @param serving serving options; ignored when {@code models} is null
   * @throws IllegalStateException if the port cannot be bound
   */
  public static AffectRecServer start(
      ServerConfig config,
      SecurityConfig security,
      EventStore store,
      ModelDirectory models,
      ServingOptions serving) {
    return start(config, security, store, new RecommendationSetup(models, serving));
  }

  /** Models and options for the recommendation service. */
  private record RecommendationSetup(ModelDirectory models, ServingOptions options) {}

  private static AffectRecServer start(
      ServerConfig config, SecurityConfig security, EventStore store, RecommendationSetup recs) {
    Clock clock = Clock.systemUTC();
    ObjectMapper mapper = JsonMappers.create();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    JvmGcMetrics gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);

    UserIds userIds = UserIds.of(security);
    userIds.requireCompatible(store);
    KeyService keys = new KeyService(store.access(), clock);
    if (security.bootstrapAdminKey() != null) {
      keys.bootstrapAdmin(security.bootstrapAdminKey());
    }
    AccessControl access = new AccessControl(keys, security);
    RequestAudit audit =
        new RequestAudit(new AuditTrail(store.access(), security.pseudonymSecret(), clock));
    ConsentPolicy consentPolicy = new ConsentPolicy(store.access());
    IngestService ingest = new IngestService(store, registry);
    EventHandlers events = new EventHandlers(ingest, store, mapper, config, userIds);
    CatalogHandlers catalog = new CatalogHandlers(store, mapper, config, userIds);
    ErasureService erasure = new ErasureService(store, clock);
    PrivacyHandlers privacy =
        new PrivacyHandlers(store, mapper, config, userIds, consentPolicy, audit, erasure, clock);
    AdminHandlers admin = new AdminHandlers(keys, store.access(), audit, mapper, config);
    StatusHandlers status = new StatusHandlers(store, registry);
    EmotionHandlers emotion =
        new EmotionHandlers(
            store,
            userIds,
            consentPolicy,
            FaceModels.defaultDirectory(),
            config.faceDetector(),
            BehaviourModels.fusion(),
            clock);
    TextModelHolder textModels = TextModelHolder.shared();
    ReviewReadingListener reviewReadings =
        new ReviewReadingListener(store, textModels, consentPolicy, registry);
    ingest.addListener(reviewReadings);
    reviewReadings.startCatchUp(TEXT_CATCH_UP_EVERY);
    erasure.addBarrier(() -> reviewReadings.drain(10_000));
    BehaviourReadingListener behaviourReadings =
        new BehaviourReadingListener(
            store, BehaviourModels.shipped(), consentPolicy, registry, clock);
    ingest.addListener(behaviourReadings);
    erasure.addBarrier(() -> behaviourReadings.drain(10_000));
    erasure.addListener(behaviourReadings::forget);
    behaviourReadings.start();
    TextEmotionHandlers text = new TextEmotionHandlers(textModels, mapper, config);
    RecommendationService recommendations =
        recs == null || recs.models() == null
            ? null
            : new RecommendationService(
                store, recs.models(), recs.options(), reviewReadings, clock);
    if (recommendations != null) {
      ingest.addListener(recommendations::accepted);
      catalog.addItemListener(recommendations::itemChanged);
      erasure.addListener(recommendations::erased);
      privacy.addBehaviourConsentListener(recommendations::behaviourConsentChanged);
      try {
        recommendations.loadSaved();
      } catch (IOException e) {
        LOG.warn("the saved model cannot be loaded and will be retrained: {}", e.getMessage());
      }
      recommendations.start();
    }
    RecommendationHandlers recommend = new RecommendationHandlers(recommendations, userIds);
    ListHandlers lists = new ListHandlers(recommendations, mapper, config);
    ExportHandlers export = new ExportHandlers(store, mapper);
    SummaryHandlers summary = new SummaryHandlers(store, clock);
    AnalyticsHandlers analytics = new AnalyticsHandlers(store);
    AlertNotifier alertNotifier = null;
    if (config.alertWebhook() != null) {
      alertNotifier =
          new AlertNotifier(
              store, new AlertWebhook(config.alertWebhook()), AlertNotifier.FIRST_BACKOFF);
      alertNotifier.start(config.alertCheckEvery());
    }
    DashboardAssets dashboard = new DashboardAssets();
    byte[] openApi = readResource("/openapi.json");
    HeadRoutes routes = new HeadRoutes();

    Javalin app =
        Javalin.create(
            javalin -> {
              javalin.showJavalinBanner = false;
              javalin.useVirtualThreads = false;
              javalin.http.maxRequestSize = config.maxBodyBytes();
              ConnectionLimits.install(javalin, config.host(), config.port());
              javalin.jsonMapper(new JavalinJackson(mapper, false));
              RequestMetrics.install(javalin, registry);
              ProblemResponses.install(javalin, mapper);
              routes.install(javalin);
              javalin.router.mount(
                  router -> {
                    router.beforeMatched(access::check);
                    router.get("/health", status::health);
                    router.get("/metrics", status::metrics, RouteRoles.READ);
                    router.get(
                        "/openapi.json",
                        ctx -> ctx.contentType("application/json").result(openApi),
                        RouteRoles.READ);
                    router.get("/v1/stats", status::stats, RouteRoles.READ);
                    router.post("/v1/events", events::ingest, RouteRoles.INGEST);
                    router.get("/v1/users/{id}/events", events::listForUser, RouteRoles.READ);
                    router.get("/v1/items", catalog::listItems, RouteRoles.READ);
                    router.get("/v1/users", catalog::listUsers, RouteRoles.READ);
                    router.get("/v1/items/{id}", catalog::getItem, RouteRoles.READ);
                    router.put("/v1/items/{id}", catalog::putItem, RouteRoles.INGEST);
                    router.get("/v1/users/{id}", catalog::getUser, RouteRoles.READ);
                    router.put("/v1/users/{id}", catalog::putUser, RouteRoles.INGEST);
                    router.get("/v1/items/{id}/neighbours", lists::neighbours, RouteRoles.READ);
                    router.get("/v1/popular", lists::popular, RouteRoles.READ);
                    router.get("/v1/trending", lists::trending, RouteRoles.READ);
                    router.get("/v1/latest", lists::latest, RouteRoles.READ);
                    router.post("/v1/sessions/recommendations", lists::session, RouteRoles.READ);
                    router.get("/v1/export/events", export::events, RouteRoles.ADMIN);
                    router.get("/v1/export/readings", export::readings, RouteRoles.ADMIN);
                    router.delete("/v1/users/{id}", privacy::deleteUser, RouteRoles.ADMIN);
                    router.get("/v1/users/{id}/consent", privacy::getConsent, RouteRoles.READ);
                    router.put("/v1/users/{id}/consent", privacy::putConsent, RouteRoles.INGEST);
                    router.post("/v1/keys", admin::createKey, RouteRoles.ADMIN);
                    router.get("/v1/keys", admin::listKeys, RouteRoles.ADMIN);
                    router.delete("/v1/keys/{id}", admin::revokeKey, RouteRoles.ADMIN);
                    router.get("/v1/audit", admin::auditLog, RouteRoles.ADMIN);
                    router.post("/v1/emotion/text", text::read, RouteRoles.READ);
                    router.post("/v1/emotion/face", emotion::face, RouteRoles.INGEST);
                    router.get("/v1/users/{id}/emotion", emotion::userEmotion, RouteRoles.READ);
                    router.get("/v1/items/{id}/emotion", emotion::itemEmotion, RouteRoles.READ);
                    router.get("/v1/summary", summary::summary, RouteRoles.READ);
                    router.get("/v1/analytics/trends", analytics::trends, RouteRoles.READ);
                    router.get("/v1/analytics/alerts", analytics::alerts, RouteRoles.READ);
                    router.get("/v1/analytics/aspects", analytics::aspects, RouteRoles.READ);
                    router.get("/v1/analytics/at-risk", analytics::atRisk, RouteRoles.READ);
                    router.get(
                        "/v1/users/{id}/recommendations", recommend::recommend, RouteRoles.READ);
                    router.get("/v1/models/current", recommend::current, RouteRoles.READ);
                    router.post("/v1/models/retrain", recommend::retrain, RouteRoles.ADMIN);
                    router.get("/v1/bandit", recommend::bandit, RouteRoles.READ);
                    router.get("/dashboard", dashboard::page);
                    router.get("/dashboard/{file}", dashboard::asset);
                    routes.mirrorGets(router);
                  });
            });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      gcMetrics.close();
      if (alertNotifier != null) {
        alertNotifier.close();
      }
      throw new IllegalStateException(
          "could not start the server on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
    return new AffectRecServer(
        app,
        config,
        new Services(
            ingest,
            keys,
            erasure,
            reviewReadings,
            behaviourReadings,
            recommendations,
            alertNotifier,
            registry),
        gcMetrics,
        routes);
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

  /** Every route the server registered (each GET with its HEAD twin), for tests and docs. */
  public java.util.List<Route> routes() {
    return routes.routes();
  }

  /** The ingest path, for registering listeners. */
  public IngestService ingest() {
    return services.ingest();
  }

  /**
   * The registry {@code /metrics} exports, for meters of other ingest doors (the Kafka consumer).
   */
  public io.micrometer.core.instrument.MeterRegistry meters() {
    return services.meters();
  }

  /** API key management, for the CLI and tests. */
  public KeyService keys() {
    return services.keys();
  }

  /** Registers a listener told when a user is erased. */
  public void addErasureListener(ErasureListener listener) {
    services.erasure().addListener(listener);
  }

  /**
   * Waits until the text readings of every event ingested so far, and the behaviour readings of
   * every session closed so far, are stored (for tests and orderly shutdown).
   *
   * @return whether it finished within {@code millis}
   */
  public boolean awaitReadings(long millis) throws InterruptedException {
    long start = System.currentTimeMillis();
    return services.reviewReadings().awaitIdle(millis)
        && services
            .behaviourReadings()
            .awaitIdle(Math.max(1, millis - (System.currentTimeMillis() - start)));
  }

  /** The recommendation service, empty when recommendations are off. */
  public java.util.Optional<RecommendationService> recommendations() {
    return java.util.Optional.ofNullable(services.recommendations());
  }

  /** Stops serving. Idempotent. */
  @Override
  public void close() {
    if (services.alertNotifier() != null) {
      services.alertNotifier().close();
    }
    app.stop();
    if (services.recommendations() != null) {
      services.recommendations().close();
    }
    services.reviewReadings().close();
    services.behaviourReadings().close();
    gcMetrics.close();
  }
}
