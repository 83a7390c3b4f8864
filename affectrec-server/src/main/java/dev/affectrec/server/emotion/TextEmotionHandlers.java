package dev.affectrec.server.emotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * [...]}} (at most {@link #MAX_TEXTS}) an array of readings in the same order. Reading costs CPU in
 * proportion to the text read, so each text is read up to {@link #MAX_TEXT_CHARS} characters (its
 * reading then says {@code "truncated": true} and {@code "charactersRead"}), and a request may ask
 * to read at most {@link #MAX_REQUEST_CHARS} characters in all (413 otherwise). Nothing is stored.
 * Thread-safe.
 */
public final class TextEmotionHandlers {
  /** Most texts in one request. */
  public static final int MAX_TEXTS = 256;

  /**
   * Characters of one text that are read (4,096: about four 256-token encoder windows of English,
   * sixteen of Chinese); the rest is ignored and the reading says so.
   */
  public static final int MAX_TEXT_CHARS = 4_096;

  /**
   * Characters one request may ask to read, each text counted up to {@link #MAX_TEXT_CHARS}
   * (32,768: eight texts of the longest read).
   */
  public static final int MAX_REQUEST_CHARS = 32_768;

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
      List<String> read = readable(List.of(text.asText()));
      TextEmotionResult result = recognizer().read(read.get(0));
      ctx.contentType("application/json").result(json(result, text.asText(), read.get(0)));
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
    List<String> read = readable(values);
    StringBuilder out = new StringBuilder("[");
    List<TextEmotionResult> results = recognizer().readAll(read);
    for (int i = 0; i < results.size(); i++) {
      out.append(i == 0 ? "" : ",").append(json(results.get(i), values.get(i), read.get(i)));
    }
    ctx.contentType("application/json").result(out.append(']').toString());
  }

  /**
   * The part of each text that is read: its first {@link #MAX_TEXT_CHARS} characters (never
   * splitting a surrogate pair).
   *
   * @throws ApiException 413 naming {@link #MAX_REQUEST_CHARS} when they hold more in all
   */
  private static List<String> readable(List<String> texts) {
    List<String> out = new ArrayList<>(texts.size());
    long total = 0;
    for (String text : texts) {
      String read = text;
      if (text.length() > MAX_TEXT_CHARS) {
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
          end--;
        }
        read = text.substring(0, end);
      }
      total += read.length();
      out.add(read);
    }
    if (total > MAX_REQUEST_CHARS) {
      throw ApiException.tooLarge(
          "a request may ask to read at most "
              + MAX_REQUEST_CHARS
              + " characters (each text counted up to "
              + MAX_TEXT_CHARS
              + ") but this one asks for "
              + total
              + "; send the texts over several requests");
    }
    return out;
  }

  /** The reading's JSON with whether the text was cut and how many characters were read. */
  private String json(TextEmotionResult result, String text, String read) throws IOException {
    ObjectNode node = (ObjectNode) mapper.readTree(result.toJson());
    boolean truncated = read.length() < text.length();
    node.put("truncated", truncated);
    if (truncated) {
      node.put("charactersRead", read.length());
      node.put("characters", text.length());
    }
    return mapper.writeValueAsString(node);
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
