package dev.affectrec.vision.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The attributes of one node as stored in {@code model.json} (TensorFlow {@code AttrValue} in JSON
 * form: strings are base64, integers are decimal strings). Immutable.
 */
public final class NodeAttributes {
  private final Map<String, JsonNode> values;

  /** Wraps the attribute map of a node (copied). */
  public NodeAttributes(Map<String, JsonNode> values) {
    this.values = Map.copyOf(values);
  }

  /** True if the attribute is present. */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** A string attribute ({@code s}, base64-decoded), or {@code fallback} when absent. */
  public String string(String key, String fallback) {
    JsonNode v = values.get(key);
    if (v == null || !v.has("s")) {
      return fallback;
    }
    return decode(v.get("s").asText());
  }

  /** A list-of-strings attribute, empty when absent. */
  public List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    JsonNode v = values.get(key);
    if (v != null && v.path("list").has("s")) {
      for (JsonNode s : v.path("list").get("s")) {
        out.add(decode(s.asText()));
      }
    }
    return out;
  }

  /** A list-of-ints attribute, or {@code fallback} when absent or empty. */
  public int[] ints(String key, int... fallback) {
    JsonNode v = values.get(key);
    if (v == null || !v.path("list").has("i")) {
      return fallback;
    }
    JsonNode list = v.path("list").get("i");
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Integer.parseInt(list.get(i).asText());
    }
    return out;
  }

  /** An int attribute ({@code i}), or {@code fallback}. */
  public long integer(String key, long fallback) {
    JsonNode v = values.get(key);
    return v == null || !v.has("i") ? fallback : Long.parseLong(v.get("i").asText());
  }

  /** A shape attribute ({@code shape.dim[].size}); empty when absent or of unknown rank. */
  public int[] shapeDims(String key) {
    JsonNode dims = values.containsKey(key) ? values.get(key).path("shape").path("dim") : null;
    if (dims == null || !dims.isArray()) {
      return new int[0];
    }
    int[] out = new int[dims.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Integer.parseInt(dims.get(i).path("size").asText("-1"));
    }
    return out;
  }

  /** A float attribute ({@code f}), or {@code fallback}. */
  public double real(String key, double fallback) {
    JsonNode v = values.get(key);
    return v == null || !v.has("f") ? fallback : v.get("f").asDouble();
  }

  /** A bool attribute ({@code b}), or {@code fallback}. */
  public boolean bool(String key, boolean fallback) {
    JsonNode v = values.get(key);
    return v == null || !v.has("b") ? fallback : v.get("b").asBoolean();
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
