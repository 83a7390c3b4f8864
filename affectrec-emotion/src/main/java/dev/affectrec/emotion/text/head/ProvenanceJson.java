package dev.affectrec.emotion.text.head;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.affectrec.api.provenance.Provenance;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link Provenance} as a JSON object, for head files and their sidecar. Stateless. */
public final class ProvenanceJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProvenanceJson() {}

  /** Pretty-printed JSON of {@code p}. */
  public static String write(Provenance p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("component", p.component());
    map.put("version", p.version());
    map.put("createdAt", p.createdAt().toString());
    map.put("seed", p.seed());
    map.put("datasets", p.datasets());
    map.put("parameters", p.parameters());
    map.put("metrics", p.metrics());
    try {
      return JSON.writeValueAsString(map);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses JSON written by {@link #write}.
   *
   * @throws IOException if a field is missing or malformed
   */
  public static Provenance read(String json) throws IOException {
    Map<String, Object> map = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    try {
      return new Provenance(
          (String) map.get("component"),
          (String) map.get("version"),
          Instant.parse((String) map.get("createdAt")),
          JSON.convertValue(map.get("datasets"), new TypeReference<Map<String, String>>() {}),
          JSON.convertValue(map.get("parameters"), new TypeReference<Map<String, String>>() {}),
          ((Number) map.get("seed")).longValue(),
          JSON.convertValue(map.get("metrics"), new TypeReference<Map<String, Double>>() {}));
    } catch (RuntimeException e) {
      throw new IOException("malformed provenance: " + e.getMessage(), e);
    }
  }
}
