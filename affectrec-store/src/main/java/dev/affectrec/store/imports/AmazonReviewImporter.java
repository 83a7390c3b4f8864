package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.json.JsonValues;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Imports Amazon review JSON Lines (the McAuley 2018 dumps), plain or gzip. Each line becomes a
 * {@code review} event:
 *
 * <ul>
 *   <li>{@code user} = {@code reviewerID}, {@code item} = {@code asin} (both required strings);
 *   <li>{@code time} = {@code unixReviewTime} seconds (required integer);
 *   <li>{@code value} = {@code overall} (optional number);
 *   <li>{@code text} = {@code reviewText}, or {@code summary} when the review text is missing or
 *       blank; a line with neither is rejected;
 *   <li>{@code id} = {@code amazon:<reviewerID>:<asin>:<unixReviewTime>}, so the dumps' repeated
 *       reviews count as duplicates and re-importing adds nothing.
 * </ul>
 *
 * Other fields are ignored. Stateless and thread-safe.
 */
final class AmazonReviewImporter extends FileImporter {
  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    JsonLinesScanner.scan(input, sink, progress, AmazonReviewImporter::review);
  }

  static Event review(JsonParser parser) throws IOException {
    String reviewer = null;
    String asin = null;
    Double overall = null;
    String text = null;
    String summary = null;
    Long time = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "reviewerID" -> reviewer = JsonValues.string(parser, "reviewerID");
        case "asin" -> asin = JsonValues.string(parser, "asin");
        case "overall" -> overall = JsonValues.number(parser, "overall");
        case "reviewText" -> text = JsonValues.string(parser, "reviewText");
        case "summary" -> summary = JsonValues.string(parser, "summary");
        case "unixReviewTime" -> time = seconds(parser);
        default -> parser.skipChildren();
      }
    }
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("reviewerID is required");
    }
    if (asin == null || asin.isBlank()) {
      throw new IllegalArgumentException("asin is required");
    }
    if (time == null) {
      throw new IllegalArgumentException("unixReviewTime is required");
    }
    String body = text != null && !text.isBlank() ? text : summary;
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("reviewText and summary are both missing or blank");
    }
    return new Event(
        "amazon:" + reviewer + ":" + asin + ":" + time,
        reviewer,
        asin,
        EventType.REVIEW,
        Instant.ofEpochSecond(time),
        overall,
        body,
        EventContext.EMPTY);
  }

  private static Long seconds(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException(
          "unixReviewTime must be an integer number of seconds but was "
              + (token == JsonToken.VALUE_NUMBER_FLOAT
                  ? parser.getText()
                  : JsonValues.describe(token)));
    }
    return parser.getLongValue();
  }
}
