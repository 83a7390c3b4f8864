package dev.affectrec.server.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.FieldError;
import dev.affectrec.server.http.JsonFields;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.store.EventStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET} and {@code PUT /v1/items/{id}} and {@code /v1/users/{id}}: read, or create or
 * replace, a record. A GET answers for every id the store knows, including ids known only from
 * events (bare records: no title, no attributes), with or without a model. The id comes from the
 * path and follows {@link EventIds} (the rules of event ids); a body {@code id}, when present, must
 * equal it. Thread-safe.
 */
public final class CatalogHandlers {
  private static final Set<String> ITEM_FIELDS =
      Set.of("id", "title", "description", "categories", "attributes", "time");
  private static final Set<String> USER_FIELDS = Set.of("id", "attributes", "time");
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1_000;

  private final EventStore store;
  private final ObjectMapper mapper;
  private final ServerConfig config;
  private final UserIds userIds;

  /** Handlers over {@code store}; user ids pass through {@code userIds}. */
  private final List<java.util.function.Consumer<Item>> itemListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Registers {@code listener}, told of every item stored by {@code PUT /v1/items/{id}}. */
  public void addItemListener(java.util.function.Consumer<Item> listener) {
    itemListeners.add(listener);
  }

  public CatalogHandlers(
      EventStore store, ObjectMapper mapper, ServerConfig config, UserIds userIds) {
    this.store = store;
    this.mapper = mapper;
    this.config = config;
    this.userIds = userIds;
  }

  /** The item, 404 when the store does not know it. */
  public void getItem(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        store.item(id).orElseThrow(() -> ApiException.notFound("no item with id '" + id + "'")));
  }

  /** The user (with the client's id), 404 when the store does not know them. */
  public void getUser(Context ctx) {
    String id = ctx.pathParam("id");
    User user =
        store
            .user(userIds.stored(id))
            .orElseThrow(() -> ApiException.notFound("no user with id '" + id + "'"));
    ctx.json(new User(id, user.attributes(), user.time()));
  }

  /**
   * {@code GET /v1/items?after=ID&limit=100}: one page of items in id order, with {@code next}, the
   * cursor of the next page (null on the last page).
   */
  public void listItems(Context ctx) {
    int limit = QueryParams.intInRange(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
    List<Item> page = store.items(ctx.queryParam("after"), limit);
    ctx.json(page(page, limit, page.isEmpty() ? null : page.get(page.size() - 1).id()));
  }

  /**
   * {@code GET /v1/users?after=ID&limit=100}: one page of users in id order, as {@link #listItems}.
   * Ids are as stored: pseudonyms when the server pseudonymises.
   */
  public void listUsers(Context ctx) {
    int limit = QueryParams.intInRange(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
    List<User> page = store.users(ctx.queryParam("after"), limit);
    ctx.json(page(page, limit, page.isEmpty() ? null : page.get(page.size() - 1).id()));
  }

  private static Map<String, Object> page(List<?> records, int limit, String last) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", records);
    out.put("next", records.size() == limit ? last : null);
    return out;
  }

  /** Creates or replaces an item. */
  public void putItem(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    JsonNode body = object(ctx);
    List<FieldError> errors = new ArrayList<>();
    JsonFields.rejectUnknown(body, ITEM_FIELDS, "", errors);
    checkId(body, id, errors);
    String title = JsonFields.text(body, "title", "", errors, false);
    String description = JsonFields.text(body, "description", "", errors, false);
    List<String> categories = JsonFields.stringList(body, "categories", "", errors);
    Map<String, String> attributes = JsonFields.stringMap(body, "attributes", "", errors);
    Instant time = JsonFields.instant(body, "time", "", errors, false);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    Item item = new Item(id, title, description, categories, attributes, time);
    store.putItems(List.of(item));
    itemListeners.forEach(listener -> listener.accept(item));
    ctx.json(item);
  }

  /** Creates or replaces a user. */
  public void putUser(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    JsonNode body = object(ctx);
    List<FieldError> errors = new ArrayList<>();
    JsonFields.rejectUnknown(body, USER_FIELDS, "", errors);
    checkId(body, id, errors);
    Map<String, String> attributes = JsonFields.stringMap(body, "attributes", "", errors);
    Instant time = JsonFields.instant(body, "time", "", errors, false);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    store.putUsers(List.of(new User(userIds.stored(id), attributes, time)));
    ctx.json(new User(id, attributes, time));
  }

  private JsonNode object(Context ctx) throws IOException {
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    if (!body.isObject()) {
      throw ApiException.invalid("body", "must be a JSON object");
    }
    return body;
  }

  private static void checkId(JsonNode body, String id, List<FieldError> errors) {
    if (id.isBlank()) {
      errors.add(new FieldError("id", "must not be blank"));
    }
    String problem = EventIds.problem(id);
    if (problem != null) {
      errors.add(new FieldError("id", problem));
    }
    String bodyId = JsonFields.text(body, "id", "", errors, false);
    if (bodyId != null && !bodyId.equals(id)) {
      errors.add(
          new FieldError(
              "id", "the body id '" + bodyId + "' differs from the path id '" + id + "'"));
    }
  }
}
