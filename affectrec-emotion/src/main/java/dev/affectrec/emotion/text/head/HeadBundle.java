package dev.affectrec.emotion.text.head;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything trained for one language: the TF-IDF vocabulary, the encoder the heads expect, and the
 * task heads, with provenance. Immutable and thread-safe.
 *
 * @param language {@code en} or {@code zh}
 * @param encoder name of the sentence encoder whose embeddings the heads read
 * @param vocabulary never null
 * @param heads task name to head, in training order
 * @param provenance never null
 */
public record HeadBundle(
    String language,
    String encoder,
    TfidfVocabulary vocabulary,
    Map<String, TextHead> heads,
    Provenance provenance) {

  /** Validates and copies. */
  public HeadBundle {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(provenance, "provenance");
    heads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(heads));
  }

  /**
   * The head of {@code task}.
   *
   * @throws IllegalArgumentException if the bundle has no such head
   */
  public TextHead head(String task) {
    TextHead head = heads.get(task);
    if (head == null) {
      throw new IllegalArgumentException(
          "no " + language + " head for task '" + task + "'; have " + List.copyOf(heads.keySet()));
    }
    return head;
  }
}
