package dev.affectrec.emotion.text.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A labelled text dataset with a train and a dev split.
 *
 * @param name the catalogue name, for example {@code goemotions}
 * @param language {@code en} or {@code zh}
 * @param labels label names in index order, never empty
 * @param multiLabel whether an example may carry more than one label
 * @param train never null
 * @param dev never null; tune and report on it
 * @param fileHashes source file name to hex sha256, for provenance
 */
public record TextDataset(
    String name,
    String language,
    List<String> labels,
    boolean multiLabel,
    List<Example> train,
    List<Example> dev,
    Map<String, String> fileHashes) {

  /** Validates and copies the fields. */
  public TextDataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    labels = List.copyOf(labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("dataset " + name + " has no labels");
    }
    train = List.copyOf(train);
    dev = List.copyOf(dev);
    fileHashes = Map.copyOf(fileHashes);
  }
}
