package dev.affectrec.eval.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.recommend.data.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Amazon review JSON Lines (one object per line with reviewerID, asin, overall and
 * unixReviewTime). Lines that are not JSON objects or lack a field fail with their line number.
 */
final class AmazonReviews {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AmazonReviews() {}

  static List<Interaction> read(Path file) throws IOException {
    List<Interaction> out = new ArrayList<>();
    try (BufferedReader reader = RatingsReader.open(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = parse(file, number, line);
        String user = text(file, number, node, "reviewerID");
        String item = text(file, number, node, "asin");
        JsonNode overall = node.get("overall");
        if (overall == null || !overall.isNumber()) {
          throw new DataFormatException(file, number, "field 'overall' is missing or not a number");
        }
        JsonNode time = node.get("unixReviewTime");
        out.add(
            new Interaction(
                user, item, (float) overall.asDouble(), time == null ? 0 : time.asLong()));
      }
    }
    return out;
  }

  private static JsonNode parse(Path file, long number, String line) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        throw new DataFormatException(file, number, "expected a JSON object per line");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new DataFormatException(file, number, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(Path file, long number, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.asText().isBlank()) {
      throw new DataFormatException(file, number, "field '" + field + "' is missing or blank");
    }
    return value.asText();
  }
}
