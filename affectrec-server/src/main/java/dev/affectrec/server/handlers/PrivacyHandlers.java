package dev.affectrec.server.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.FieldError;
import dev.affectrec.server.privacy.RequestAudit;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.serving.privacy.ErasureService;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.Consent;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code DELETE /v1/users/{id}} (erasure through the {@link ErasureService}) and {@code GET|PUT
 * /v1/users/{id}/consent}. Later requests for an erased user are 404. Both are audited.
 * Thread-safe.
 */
public final class PrivacyHandlers {
  private static final List<String> MODALITIES = List.of("text", "behaviour", "face");

  private final EventStore store;
  private final ObjectMapper mapper;
  private final ServerConfig config;
  private final UserIds userIds;
  private final ConsentPolicy consent;
  private final RequestAudit audit;
  private final Clock clock;
  private final ErasureService erasure;
  private final List<java.util.function.Consumer<String>> behaviourListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Handlers over {@code store}. */
  public PrivacyHandlers(
      EventStore store,
      ObjectMapper mapper,
      ServerConfig config,
      UserIds userIds,
      ConsentPolicy consent,
      RequestAudit audit,
      ErasureService erasure,
      Clock clock) {
    this.store = store;
    this.mapper = mapper;
    this.config = config;
    this.userIds = userIds;
    this.consent = consent;
    this.audit = audit;
    this.erasure = erasure;
    this.clock = clock;
  }

  /**
   * Registers a listener told the stored user id after a behaviour-consent decision is recorded
   * (whether or not it changed), before the response.
   */
  public void addBehaviourConsentListener(java.util.function.Consumer<String> listener) {
    behaviourListeners.add(listener);
  }

  /** Erases a user: 204 when erased, 404 when unknown. */
  public void deleteUser(Context ctx) {
    String user = userIds.stored(ctx.pathParam("id"));
    boolean existed = erasure.erase(user);
    ctx.status(existed ? 204 : 404);
    audit.record(ctx, user);
    if (!existed) {
      throw ApiException.notFound("no user with id '" + ctx.pathParam("id") + "'");
    }
  }

  /** The effective consent per modality, with whether each is recorded or the default. */
  public void getConsent(Context ctx) {
    String user = existingUser(ctx);
    ctx.json(render(user));
  }

  /** Records decisions: a body such as {@code {"face": true, "text": false}}. */
  public void putConsent(Context ctx) throws IOException {
    String user = existingUser(ctx);
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    if (!body.isObject() || body.isEmpty()) {
      throw ApiException.invalid("body", "must be an object such as {\"face\": true}");
    }
    List<FieldError> errors = new ArrayList<>();
    List<Consent> decisions = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              JsonNode value = body.get(name);
              if (!MODALITIES.contains(name)) {
                errors.add(
                    new FieldError(
                        name,
                        "unknown modality; expected one of " + String.join(", ", MODALITIES)));
              } else if (!value.isBoolean()) {
                errors.add(new FieldError(name, "must be true or false"));
              } else {
                decisions.add(
                    new Consent(
                        user,
                        Modality.valueOf(name.toUpperCase(Locale.ROOT)),
                        value.asBoolean(),
                        clock.instant()));
              }
            });
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    decisions.forEach(store.access()::putConsent);
    if (decisions.stream().anyMatch(d -> d.modality() == Modality.BEHAVIOUR)) {
      behaviourListeners.forEach(l -> l.accept(user));
    }
    audit.record(ctx, user);
    ctx.json(render(user));
  }

  private String existingUser(Context ctx) {
    String user = userIds.stored(ctx.pathParam("id"));
    if (store.user(user).isEmpty()) {
      throw ApiException.notFound("no user with id '" + ctx.pathParam("id") + "'");
    }
    return user;
  }

  private Map<String, Object> render(String user) {
    Map<Modality, Boolean> effective = consent.effective(user);
    Map<String, Object> out = new LinkedHashMap<>();
    effective.forEach((modality, granted) -> out.put(modality.wireName(), granted));
    return out;
  }
}
