package dev.affectrec.api.provenance;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a trained model came from. Every trained model carries one and writes it with its file.
 *
 * @param component non-blank name of the trainer, for example {@code als}
 * @param version non-blank AffectRec version that trained it
 * @param createdAt never null
 * @param datasets data name to content hash (hex sha256) or snapshot description; never null
 * @param parameters hyperparameter name to value, as strings; never null
 * @param seed random seed used in training
 * @param metrics metric name to value, measured on the dev split when there was one; never null
 */
public record Provenance(
    String component,
    String version,
    Instant createdAt,
    Map<String, String> datasets,
    Map<String, String> parameters,
    long seed,
    Map<String, Double> metrics) {

  /** Validates and copies the maps into sorted, unmodifiable maps. */
  public Provenance {
    Arguments.requireNonBlank(component, "component");
    Arguments.requireNonBlank(version, "version");
    Objects.requireNonNull(createdAt, "createdAt is required");
    datasets = sortedCopy(datasets);
    parameters = sortedCopy(parameters);
    metrics = sortedCopy(metrics);
  }

  private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
