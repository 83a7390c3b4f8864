package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.ConfigParameters;
import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Builds the provenance of a freshly trained model. Stateless and thread-safe. */
public final class ModelProvenance {
  /** The version recorded when the jar manifest carries none (a development build). */
  public static final String DEVELOPMENT_VERSION = "0.1.0-SNAPSHOT";

  private ModelProvenance() {}

  /**
   * Provenance for a model of {@code component} trained on {@code data} with {@code config}, whose
   * parameters are every component of the record ({@link ConfigParameters#of}).
   */
  public static Provenance of(
      String component, InteractionMatrix data, Record config, long seed, Clock clock) {
    return of(component, data, ConfigParameters.of(config), seed, clock);
  }

  /**
   * Provenance for a model of {@code component} trained on {@code data} with {@code parameters},
   * created at {@code clock}'s instant truncated to milliseconds. The dataset entry is the matrix
   * fingerprint with its shape.
   */
  public static Provenance of(
      String component,
      InteractionMatrix data,
      Map<String, String> parameters,
      long seed,
      Clock clock) {
    String version = ModelProvenance.class.getPackage().getImplementationVersion();
    String shape = data.userCount() + "x" + data.itemCount() + " nnz=" + data.nonZeros();
    return new Provenance(
        component,
        version == null ? DEVELOPMENT_VERSION : version,
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        Map.of("interactions", "sha256:" + data.fingerprint() + " " + shape),
        parameters,
        seed,
        Map.of());
  }
}
