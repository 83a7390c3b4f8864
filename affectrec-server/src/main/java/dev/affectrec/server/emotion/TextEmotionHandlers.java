package dev.affectrec.server.emotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.FieldError;
import dev.affectrec.serving.ModelUnavailableException;
import dev.affectrec.serving.reading.TextModelHolder;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/emotion/text}: {@code {"text": "..."}} answers one reading, {@code {"texts":
 * [...]}} (at most {@link #MAX_TEXTS}) an array of readings in the same order. Nothing is stored.
 * Thread-safe.
 */
public final class TextEmotionHandlers {
  /** Most texts in one request. */
  public static final int MAX_TEXTS = 256;

  private final TextModelHolder models;
  private final ObjectMapper mapper;
  private final ServerConfig config;

  /** Handlers over {@code models}. */
  public TextEmotionHandlers(TextModelHolder models, ObjectMapper mapper, ServerConfig config) {
    this.models = models;
    this.mapper = mapper;
    this.config = config;
  }

  /** Reads one text or a batch. */
  public void read(Context ctx) throws IOException {
    JsonNode body = mapper.readTree(BoundedBody.readJson(ctx, config.maxBodyBytes()));
    if (!body.isObject() || body.has("text") == body.has("texts") || body.size() != 1) {
      throw ApiException.invalid(
          "body", "must be {\"text\": \"...\"} or {\"texts\": [\"...\", ...]}");
    }
    if (body.has("text")) {
      JsonNode text = body.get("text");
      if (!text.isTextual()) {
        throw ApiException.invalid("text", "must be a string");
      }
      TextEmotionResult result = recognizer().read(text.asText());
      ctx.contentType("application/json").result(result.toJson());
      return;
    }
    JsonNode texts = body.get("texts");
    if (!texts.isArray() || texts.isEmpty()) {
      throw ApiException.invalid("texts", "must be a non-empty array of strings");
    }
    if (texts.size() > MAX_TEXTS) {
      throw ApiException.tooLarge(
          "at most " + MAX_TEXTS + " texts per request but this one has " + texts.size());
    }
    List<String> values = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isTextual()) {
        values.add(texts.get(i).asText());
      } else {
        errors.add(new FieldError("texts[" + i + "]", "must be a string"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    StringBuilder out = new StringBuilder("[");
    List<TextEmotionResult> results = recognizer().readAll(values);
    for (int i = 0; i < results.size(); i++) {
      out.append(i == 0 ? "" : ",").append(results.get(i).toJson());
    }
    ctx.contentType("application/json").result(out.append(']').toString());
  }

  /** The shared recognizer, or a 503 problem naming why it cannot be loaded. */
  private TextEmotionRecognizer recognizer() {
    try {
      return models.get();
    } catch (ModelUnavailableException e) {
      throw ApiException.unavailable(e.getMessage());
    }
  }
}
