package dev.affectrec.server.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.events.EventFieldError;
import dev.affectrec.io.events.EventJsonReader;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.EventView;
import dev.affectrec.server.http.FieldError;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.serving.ingest.IngestService;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/events} and {@code GET /v1/users/{id}/events}.
 *
 * <p>Ingest accepts one event object or an array of up to {@link ServerConfig#maxBatchEvents()}
 * events. A batch is all or nothing: if any event is invalid the response is 400 naming every
 * invalid field and nothing is stored. The response is sent only after the store has made the batch
 * durable. Thread-safe.
 */
public final class EventHandlers {
  private static final int MAX_REPORTED_ERRORS = 100;
  private static final int DEFAULT_LIST_LIMIT = 100;
  private static final int MAX_LIST_LIMIT = 1_000;

  private final IngestService ingest;
  private final EventStore store;
  private final ObjectMapper mapper;
  private final ServerConfig config;
  private final UserIds userIds;

  /** Handlers over {@code ingest} and {@code store}; user ids pass through {@code userIds}. */
  public EventHandlers(
      IngestService ingest,
      EventStore store,
      ObjectMapper mapper,
      ServerConfig config,
      UserIds userIds) {
    this.ingest = ingest;
    this.store = store;
    this.mapper = mapper;
    this.config = config;
    this.userIds = userIds;
  }

  /** Stores one event or a batch. */
  public void ingest(Context ctx) throws IOException {
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    List<Event> events = parse(body);
    AppendResult result = ingest.accept(events);
    ctx.json(
        Map.of(
            "received",
            events.size(),
            "inserted",
            result.inserted(),
            "duplicates",
            result.duplicates()));
  }

  private List<Event> parse(JsonNode body) {
    boolean batch = body.isArray();
    if (batch && body.size() > config.maxBatchEvents()) {
      throw ApiException.tooLarge(
          "a batch may hold at most "
              + config.maxBatchEvents()
              + " events but this one holds "
              + body.size());
    }
    if (batch && body.isEmpty()) {
      throw ApiException.invalid("body", "the batch is empty");
    }
    List<EventFieldError> errors = new ArrayList<>();
    List<Event> events = new ArrayList<>(batch ? body.size() : 1);
    if (batch) {
      for (int i = 0; i < body.size() && errors.size() < MAX_REPORTED_ERRORS; i++) {
        events.add(EventJsonReader.STRICT.read(body.get(i), "[" + i + "]", errors));
      }
    } else {
      events.add(EventJsonReader.STRICT.read(body, "", errors));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(
          errors.stream().map(e -> new FieldError(e.field(), e.message())).toList());
    }
    return events.stream().map(userIds::stored).toList();
  }

  /** Lists a user's newest events, newest first; {@code ?limit=} in [1, 1000], default 100. */
  public void listForUser(Context ctx) {
    String clientId = ctx.pathParam("id");
    String user = userIds.stored(clientId);
    int limit = QueryParams.intInRange(ctx, "limit", DEFAULT_LIST_LIMIT, 1, MAX_LIST_LIMIT);
    if (store.user(user).isEmpty()) {
      throw ApiException.notFound("no user with id '" + clientId + "'");
    }
    List<EventView> events =
        store.eventsOfUser(user, limit).stream()
            .map(e -> EventView.of(e).withUser(clientId))
            .toList();
    ctx.json(Map.of("user", clientId, "events", events));
  }
}
