package dev.affectrec.server.recommend;

import dev.affectrec.api.event.EventContext;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.ModelUnavailableException;
import dev.affectrec.serving.NoSuchUserException;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.TrainingElsewhereException;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.serving.view.RecommendationViews;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /v1/users/{id}/recommendations}, {@code GET /v1/models/current}, {@code POST
 * /v1/models/retrain} and {@code GET /v1/bandit}. Without a recommendation service (a server
 * started without a model directory) every one answers 503. Thread-safe.
 */
public final class RecommendationHandlers {
  /** Most items one request may ask for. */
  public static final int MAX_K = 100;

  private static final long MAX_WAIT_SECONDS = 600;

  private final RecommendationService service;
  private final UserIds userIds;

  /**
   * @param service the service, or null when recommendations are off; @param userIds never null
   */
  public RecommendationHandlers(RecommendationService service, UserIds userIds) {
    this.service = service;
    this.userIds = userIds;
  }

  private RecommendationService service() {
    return required(service);
  }

  /**
   * {@code service}, or a 503 saying recommendations are off when it is null.
   *
   * @throws ApiException when {@code service} is null
   */
  static RecommendationService required(RecommendationService service) {
    if (service == null) {
      throw ApiException.unavailable(
          "recommendations are off on this server: start it with a data directory (affectrec"
              + " serve) to serve them");
    }
    return service;
  }

  /** {@code GET /v1/users/{id}/recommendations?k=10&policy=&device=&channel=}. */
  public void recommend(Context ctx) {
    RecommendationService s = service();
    String clientUser = ctx.pathParam("id");
    int k = QueryParams.intInRange(ctx, "k", 10, 1, MAX_K);
    EmotionPolicy policy = policy(ctx.queryParam("policy"));
    EventContext context = requestContext(ctx);
    try {
      ctx.json(
          RecommendationViews.recommendation(
              s.recommend(userIds.stored(clientUser), k, policy, context), clientUser));
    } catch (NoSuchUserException e) {
      throw ApiException.notFound("no user with id '" + clientUser + "'");
    } catch (ModelUnavailableException e) {
      throw ApiException.unavailable(e.getMessage());
    }
  }

  /** {@code GET /v1/models/current}: the served model's manifest and hold-out metrics. */
  public void current(Context ctx) {
    RecommendationService s = service();
    ModelManifest m =
        s.manifest()
            .orElseThrow(
                () ->
                    ApiException.unavailable(
                        s.training()
                            ? "the first model is training"
                            : "no model yet: the store holds no interaction to train on"));
    ctx.json(RecommendationViews.manifest(m, s.training(), s.upToDate()));
  }

  /**
   * {@code POST /v1/models/retrain[?wait=true]}: starts retraining (202), or with {@code wait}
   * answers when the new model is in service (200 with its manifest), or 409 when there is nothing
   * to train on or another server on the same store is training (its model is loaded here once
   * saved).
   */
  public void retrain(Context ctx) {
    RecommendationService s = service();
    String wait = Optional.ofNullable(ctx.queryParam("wait")).orElse("false");
    if (!wait.equals("true") && !wait.equals("false")) {
      throw ApiException.invalid("wait", "must be true or false but was '" + wait + "'");
    }
    var future = s.retrainAsync();
    if (wait.equals("false")) {
      ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "training"));
      return;
    }
    try {
      ModelManifest m = future.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
      ctx.json(RecommendationViews.manifest(m, s.training(), s.upToDate()));
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof IllegalArgumentException
          || cause instanceof TrainingElsewhereException) {
        throw ApiException.conflict(cause.getMessage());
      }
      throw new IllegalStateException("retraining failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "training"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted while waiting for training");
    }
  }

  /** {@code GET /v1/bandit}: per mood segment and policy, requests served and the posterior. */
  public void bandit(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    service()
        .policyShares()
        .forEach(
            (segment, arms) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              arms.forEach((policy, stats) -> row.put(policy.wireName(), stats));
              out.put(segment, row);
            });
    ctx.json(Map.of("segments", out));
  }

  /** The policy named by a {@code policy} query value; null when absent. */
  static EmotionPolicy policy(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    return EmotionPolicy.fromWireName(raw)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    "policy",
                    "must be one of " + EmotionPolicy.wireNames() + " but was '" + raw + "'"));
  }

  /** The request's {@code device} and {@code channel} query values as an event context. */
  static EventContext requestContext(Context ctx) {
    return new EventContext(
        blankToNull(ctx.queryParam("device")),
        blankToNull(ctx.queryParam("channel")),
        null,
        null,
        null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
