package dev.affectrec.io.ratings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.affectrec.io.json.JsonLine;
import dev.affectrec.io.json.JsonValues;
import dev.affectrec.io.lines.LineReader;
import java.io.IOException;

/**
 * One review of the Amazon review JSON Lines dumps (McAuley 2018): {@code reviewerID}, {@code
 * asin}, {@code overall}, {@code unixReviewTime}, {@code reviewText} and {@code summary}; other
 * fields are ignored. What a consumer needs beyond the reviewer and the item (a rating, a time, a
 * text) it checks itself.
 *
 * @param reviewer {@code reviewerID}, a non-blank string
 * @param asin the item, a non-blank string
 * @param overall the star rating, or null when absent
 * @param time {@code unixReviewTime} in epoch seconds, or null when absent
 * @param reviewText the review, or null
 * @param summary the review's title, or null
 */
public record AmazonReview(
    String reviewer, String asin, Double overall, Long time, String reviewText, String summary) {
  /**
   * Checks the reviewer and the item.
   *
   * @throws IllegalArgumentException naming the missing field
   */
  public AmazonReview {
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("reviewerID is required");
    }
    if (asin == null || asin.isBlank()) {
      throw new IllegalArgumentException("asin is required");
    }
  }

  /** The review text, or the summary when the text is missing or blank; null when both are. */
  public String text() {
    String body = reviewText != null && !reviewText.isBlank() ? reviewText : summary;
    return body == null || body.isBlank() ? null : body;
  }

  /** The time in epoch seconds; 0 when absent. */
  public long secondsOrZero() {
    return time == null ? 0 : time;
  }

  /**
   * Parses one line of the dump.
   *
   * @throws IllegalArgumentException when the line is not one JSON object or a field is wrong
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the line is not valid JSON
   */
  public static AmazonReview parse(byte[] line, int length) throws IOException {
    return JsonLine.parse(line, length, AmazonReview::read);
  }

  /**
   * Parses the current line of {@code lines}, checked as UTF-8 first.
   *
   * @throws dev.affectrec.api.InputException when the line is not valid UTF-8
   * @throws IllegalArgumentException when the line is not one JSON object or a field is wrong
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the line is not valid JSON
   */
  public static AmazonReview parse(LineReader lines) throws IOException {
    lines.requireUtf8();
    return parse(lines.bytes(), lines.length());
  }

  /**
   * Reads the object at the parser's {@code START_OBJECT}, leaving the parser on its {@code
   * END_OBJECT}.
   *
   * @throws IllegalArgumentException naming the first field that is wrong
   */
  public static AmazonReview read(JsonParser parser) throws IOException {
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
    return new AmazonReview(reviewer, asin, overall, time, text, summary);
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
