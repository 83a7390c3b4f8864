package dev.affectrec.serving;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a served model was trained on and how well it did, saved next to the model file. Immutable.
 *
 * @param version the model's directory name, non-blank
 * @param trainedAt when training finished, never null
 * @param events how many events the training snapshot held, at least 0
 * @param skippedEvents events of the snapshot left out because an id breaks the id rules, at least
 *     0 (0 in manifests written before the field existed)
 * @param users users with at least one positive interaction
 * @param items items with at least one positive interaction
 * @param interactions positive (user, item) interactions
 * @param reviewReadings interactions whose review had a text reading
 * @param trainMillis wall time of training, including the hold-out check
 * @param base the collaborative-filtering algorithm under the hybrid, non-blank
 * @param metrics hold-out metrics (see {@link HoldoutCheck}) and the validation happy NDCG@10 of
 *     each option the trainer chose among ({@code validation.happyNdcg10.base}, {@code .weighted},
 *     {@code .blend}), name to value; copied and sorted
 * @param served what the trainer chose to serve ({@link
 *     dev.affectrec.hybrid.model.ServedChoice#wireName()}: base, weighted, blend or unvalidated),
 *     non-blank ("blend" for manifests written before the choice existed)
 * @param engine what trained the model: {@link #SINGLE_NODE} (this process) or {@code spark},
 *     non-blank ({@link #SINGLE_NODE} for manifests written before the field existed)
 * @param engineDetails facts about the engine worth keeping with the model, such as Spark's {@code
 *     master} and {@code sparkVersion}; copied and sorted, empty for {@link #SINGLE_NODE}
 */
public record ModelManifest(
    String version,
    Instant trainedAt,
    long events,
    long skippedEvents,
    int users,
    int items,
    int interactions,
    int reviewReadings,
    long trainMillis,
    String base,
    Map<String, Double> metrics,
    String served,
    String engine,
    Map<String, String> engineDetails) {

  /** The {@link #engine()} of models trained in this process. */
  public static final String SINGLE_NODE = "single-node";

  /** A manifest of a model trained in this process ({@link #SINGLE_NODE}). */
  public ModelManifest(
      String version,
      Instant trainedAt,
      long events,
      long skippedEvents,
      int users,
      int items,
      int interactions,
      int reviewReadings,
      long trainMillis,
      String base,
      Map<String, Double> metrics,
      String served) {
    this(
        version,
        trainedAt,
        events,
        skippedEvents,
        users,
        items,
        interactions,
        reviewReadings,
        trainMillis,
        base,
        metrics,
        served,
        SINGLE_NODE,
        Map.of());
  }

  /** Validates and copies. */
  public ModelManifest {
    Arguments.requireNonBlank(version, "version");
    Objects.requireNonNull(trainedAt, "trainedAt is required");
    Arguments.requireNonBlank(base, "base");
    Arguments.requireNonBlank(served, "served");
    Arguments.requireNonBlank(engine, "engine");
    if (events < 0
        || skippedEvents < 0
        || users < 0
        || items < 0
        || interactions < 0
        || trainMillis < 0) {
      throw new IllegalArgumentException("manifest counts must not be negative");
    }
    metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    engineDetails = java.util.Collections.unmodifiableMap(new TreeMap<>(engineDetails));
  }

  /**
   * The training time to expect for {@code eventsNow} events at this model's pace (its training
   * time scaled by the event count, at least 1 ms): an estimate for a progress bar, never a
   * promise.
   *
   * @return the milliseconds, or -1 when this model learned on no event
   */
  public long expectedTrainMillis(long eventsNow) {
    if (events <= 0) {
      return -1;
    }
    return Math.max(1, Math.round(trainMillis * ((double) Math.max(eventsNow, 1) / events)));
  }

  /** This manifest under another version name. */
  public ModelManifest withVersion(String newVersion) {
    return with(newVersion, engine, engineDetails);
  }

  /** This manifest with another training engine and its details. */
  public ModelManifest withEngine(String newEngine, Map<String, String> details) {
    return with(version, newEngine, details);
  }

  private ModelManifest with(String newVersion, String newEngine, Map<String, String> details) {
    return new ModelManifest(
        newVersion,
        trainedAt,
        events,
        skippedEvents,
        users,
        items,
        interactions,
        reviewReadings,
        trainMillis,
        base,
        metrics,
        served,
        newEngine,
        details);
  }

  /** The fields as a JSON-ready map (times as ISO-8601 strings), in declaration order. */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("version", version);
    out.put("trainedAt", trainedAt.toString());
    out.put("events", events);
    out.put("skippedEvents", skippedEvents);
    out.put("users", users);
    out.put("items", items);
    out.put("interactions", interactions);
    out.put("reviewReadings", reviewReadings);
    out.put("trainMillis", trainMillis);
    out.put("base", base);
    out.put("metrics", metrics);
    out.put("served", served);
    out.put("engine", engine);
    if (!engineDetails.isEmpty()) {
      out.put("engineDetails", engineDetails);
    }
    return out;
  }
}
