package dev.affectrec.emotion.text.head;

import java.util.Objects;

/**
 * A feature vector as parallel index and value arrays; indices are distinct and in [0, dimension).
 * Dense vectors use every index. Immutable by convention: callers must not modify the arrays.
 *
 * @param indices never null
 * @param values never null, same length as indices, finite
 */
public record SparseRow(int[] indices, float[] values) {

  /** Validates the lengths. */
  public SparseRow {
    Objects.requireNonNull(indices, "indices");
    Objects.requireNonNull(values, "values");
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length");
    }
  }

  /** A dense row over indices 0..values.length-1. */
  public static SparseRow dense(float[] values) {
    int[] idx = new int[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return new SparseRow(idx, values);
  }

  /** Number of stored entries. */
  public int size() {
    return indices.length;
  }
}
