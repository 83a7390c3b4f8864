package dev.affectrec.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes the collection columns (item categories, user and item attributes) as JSON text, the one
 * portable representation that SQLite and PostgreSQL both store as {@code TEXT}. Thread-safe.
 */
final class JsonColumns {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private JsonColumns() {}

  /** A JSON object with the keys sorted, so equal maps give equal text. */
  static String ofMap(Map<String, String> map) {
    return write(new TreeMap<>(map));
  }

  /** A JSON array in list order. */
  static String ofList(List<String> list) {
    return write(list);
  }

  static Map<String, String> toMap(String json) {
    try {
      return MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored attributes are not a JSON object: " + json, e);
    }
  }

  static List<String> toList(String json) {
    try {
      return MAPPER.readValue(json, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored categories are not a JSON array: " + json, e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value, e);
    }
  }
}
