package dev.affectrec.emotion.text.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Texts rated for emotional intensity, with a train and a dev split.
 *
 * @param name the catalogue name, for example {@code vader-intensity}
 * @param language {@code en} or {@code zh}
 * @param train never null
 * @param dev never null; tune and report on it
 * @param fileHashes source file name to hex sha256, for provenance
 */
public record IntensityDataset(
    String name,
    String language,
    List<RatedText> train,
    List<RatedText> dev,
    Map<String, String> fileHashes) {

  /** Validates and copies the fields. */
  public IntensityDataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    train = List.copyOf(train);
    dev = List.copyOf(dev);
    fileHashes = Map.copyOf(fileHashes);
  }
}
