package dev.affectrec.server.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.serving.ModelUnavailableException;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.view.RecommendationViews;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The lists that need no known user: {@code GET /v1/items/{id}/neighbours}, {@code GET /v1/popular}
 * and {@code POST /v1/sessions/recommendations}. Without a recommendation service every one answers
 * 503. Thread-safe.
 */
public final class ListHandlers {
  /** Most items one session may name. */
  public static final int MAX_SESSION_ITEMS = 1_000;

  private final RecommendationService service;
  private final ObjectMapper mapper;
  private final ServerConfig config;

  /**
   * @param service the service, or null when recommendations are off
   */
  public ListHandlers(RecommendationService service, ObjectMapper mapper, ServerConfig config) {
    this.service = service;
    this.mapper = mapper;
    this.config = config;
  }

  private RecommendationService service() {
    return RecommendationHandlers.required(service);
  }

  /** {@code GET /v1/items/{id}/neighbours?k=10}: the items most similar to the item. */
  public void neighbours(Context ctx) {
    String id = ctx.pathParam("id");
    int k = QueryParams.intInRange(ctx, "k", 10, 1, RecommendationHandlers.MAX_K);
    List<ScoredItem> items;
    try {
      items =
          service()
              .neighbours(id, k)
              .orElseThrow(() -> ApiException.notFound("no item with id '" + id + "'"));
    } catch (ModelUnavailableException e) {
      throw ApiException.unavailable(e.getMessage());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("item", id);
    out.put("items", RecommendationViews.items(items));
    ctx.json(out);
  }

  /** {@code GET /v1/popular?k=10&category=C}: the most popular items, the same for everyone. */
  public void popular(Context ctx) {
    categoryList(
        ctx, Map.of(), (k, category) -> RecommendationViews.items(service().popular(k, category)));
  }

  /**
   * {@code GET /v1/trending?k=10&category=C&days=7}: the items with the most positive interactions
   * in the last days up to the newest event.
   */
  public void trending(Context ctx) {
    int days = QueryParams.intInRange(ctx, "days", 7, 1, 3_650);
    categoryList(
        ctx,
        Map.of("days", days),
        (k, category) -> RecommendationViews.items(service().trending(k, category, days)));
  }

  /** {@code GET /v1/latest?k=10&category=C}: the newest items, as records. */
  public void latest(Context ctx) {
    categoryList(ctx, Map.of(), (k, category) -> service().latest(k, category));
  }

  /**
   * Answers {@code {"category", ...extra, "items"}} with the list {@code items} gives for the
   * request's {@code k} and {@code category}.
   */
  private static void categoryList(
      Context ctx, Map<String, Object> extra, BiFunction<Integer, String, Object> items) {
    int k = QueryParams.intInRange(ctx, "k", 10, 1, RecommendationHandlers.MAX_K);
    String category = category(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("category", category);
    out.putAll(extra);
    out.put("items", items.apply(k, category));
    ctx.json(out);
  }

  private static String category(Context ctx) {
    String category = ctx.queryParam("category");
    return category == null || category.isBlank() ? null : category;
  }

  /**
   * {@code POST /v1/sessions/recommendations?k=10&policy=P&device=D&channel=C} with {@code
   * {"items":["i1","i2"]}}: recommendations for an anonymous visitor from the items of the current
   * session.
   */
  public void session(Context ctx) throws IOException {
    RecommendationService s = service();
    int k = QueryParams.intInRange(ctx, "k", 10, 1, RecommendationHandlers.MAX_K);
    List<String> items = sessionItems(ctx);
    EventContext context = RecommendationHandlers.requestContext(ctx);
    try {
      ctx.json(
          RecommendationViews.recommendation(
              s.recommendSession(
                  items, k, RecommendationHandlers.policy(ctx.queryParam("policy")), context),
              null));
    } catch (ModelUnavailableException e) {
      throw ApiException.unavailable(e.getMessage());
    }
  }

  private List<String> sessionItems(Context ctx) throws IOException {
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    JsonNode items = body == null || !body.isObject() ? null : body.get("items");
    if (items == null || !items.isArray()) {
      throw ApiException.invalid(
          "items", "the body must be {\"items\": [item ids of the session, oldest first]}");
    }
    if (items.size() > MAX_SESSION_ITEMS) {
      throw ApiException.invalid(
          "items", "at most " + MAX_SESSION_ITEMS + " items but there were " + items.size());
    }
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String problem =
          !item.isTextual() || item.asText().isBlank()
              ? "must be a non-blank string"
              : EventIds.problem(item.asText());
      if (problem != null) {
        throw ApiException.invalid("items[" + i + "]", problem);
      }
      out.add(item.asText());
    }
    return out;
  }
}
