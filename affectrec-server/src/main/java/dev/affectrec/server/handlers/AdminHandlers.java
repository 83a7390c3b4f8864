package dev.affectrec.server.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.FieldError;
import dev.affectrec.server.http.JsonFields;
import dev.affectrec.server.http.QueryParams;
import dev.affectrec.server.privacy.RequestAudit;
import dev.affectrec.serving.access.KeyService;
import dev.affectrec.serving.access.Role;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.StoredKey;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admin endpoints: {@code POST /v1/keys} (the new key is in the response, once), {@code GET
 * /v1/keys}, {@code DELETE /v1/keys/{id}} and {@code GET /v1/audit}. Key changes are audited.
 * Thread-safe.
 */
public final class AdminHandlers {
  private final KeyService keys;
  private final AccessStore store;
  private final RequestAudit audit;
  private final ObjectMapper mapper;
  private final ServerConfig config;

  /** Handlers over {@code keys} and {@code audit}. */
  public AdminHandlers(
      KeyService keys,
      AccessStore store,
      RequestAudit audit,
      ObjectMapper mapper,
      ServerConfig config) {
    this.keys = keys;
    this.store = store;
    this.audit = audit;
    this.mapper = mapper;
    this.config = config;
  }

  /** Creates a key: body {@code {"role": "ingest|read|admin", "label": "..."}}; 201. */
  public void createKey(Context ctx) throws IOException {
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    if (!body.isObject()) {
      throw ApiException.invalid("body", "must be an object such as {\"role\": \"read\"}");
    }
    List<FieldError> errors = new ArrayList<>();
    JsonFields.rejectUnknown(body, Set.of("role", "label"), "", errors);
    String roleName = JsonFields.text(body, "role", "", errors, true);
    String label = JsonFields.text(body, "label", "", errors, false);
    Role role = roleName == null ? null : Role.fromWireName(roleName).orElse(null);
    if (roleName != null && role == null) {
      errors.add(
          new FieldError(
              "role", "unknown role '" + roleName + "'; expected one of ingest, read, admin"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    KeyService.CreatedKey created = keys.create(role, label);
    ctx.status(201);
    audit.record(ctx, null);
    ctx.json(
        Map.of(
            "key",
            created.key(),
            "id",
            created.id(),
            "role",
            role.wireName(),
            "label",
            created.label()));
  }

  /** Lists keys without their hashes. */
  public void listKeys(Context ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredKey key : keys.list()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", key.id());
      row.put("role", key.role());
      row.put("label", key.label());
      row.put("created", key.created().toString());
      row.put("revoked", key.revoked());
      out.add(row);
    }
    ctx.json(Map.of("keys", out));
  }

  /** Revokes a key: 204, or 404 when unknown. */
  public void revokeKey(Context ctx) {
    boolean existed = keys.revoke(ctx.pathParam("id"));
    ctx.status(existed ? 204 : 404);
    audit.record(ctx, null);
    if (!existed) {
      throw ApiException.notFound("no key with id '" + ctx.pathParam("id") + "'");
    }
  }

  /** The newest audit entries, newest first; {@code ?limit=} in [1, 1000], default 100. */
  public void auditLog(Context ctx) {
    int limit = QueryParams.intInRange(ctx, "limit", 100, 1, 1_000);
    ctx.json(Map.of("entries", store.audit(limit)));
  }
}
