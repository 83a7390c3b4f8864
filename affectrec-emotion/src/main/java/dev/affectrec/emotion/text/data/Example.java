package dev.affectrec.emotion.text.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One labelled text.
 *
 * @param text never null
 * @param labels indices into the dataset's label list; at least one, more for multi-label data
 */
public record Example(String text, int[] labels) {

  /** Validates the fields. */
  public Example {
    Objects.requireNonNull(text, "text");
    if (labels == null || labels.length == 0) {
      throw new IllegalArgumentException("an example needs at least one label: " + text);
    }
    labels = labels.clone();
  }

  /** A single-label example. */
  public static Example of(String text, int label) {
    return new Example(text, new int[] {label});
  }

  /** The first (primary) label. */
  public int label() {
    return labels[0];
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && e.text.equals(text) && Arrays.equals(e.labels, labels);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return Arrays.toString(labels) + " " + text;
  }
}
