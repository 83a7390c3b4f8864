package dev.affectrec.recommend.model;

import dev.affectrec.recommend.data.InteractionMatrix;
import java.io.IOException;

/**
 * The training rows of every user in compact CSR form, kept by models that score from a user's
 * history (item-kNN, EASE, content). Immutable and thread-safe.
 */
public final class UserHistories {
  private final int[] ptr;
  private final int[] items;
  private final float[] values;

  private UserHistories(int[] ptr, int[] items, float[] values) {
    this.ptr = ptr;
    this.items = items;
    this.values = values;
  }

  /**
   * The rows of {@code data}; with {@code binary} every value becomes 1.
   *
   * @param data never null
   */
  public static UserHistories of(InteractionMatrix data, boolean binary) {
    int[] ptr = new int[data.userCount() + 1];
    for (int u = 0; u < data.userCount(); u++) {
      ptr[u + 1] = data.rowEnd(u);
    }
    float[] values = data.rowValues().clone();
    if (binary) {
      java.util.Arrays.fill(values, 1f);
    }
    return new UserHistories(ptr, data.rowItems().clone(), values);
  }

  /** The item indices of {@code user}. */
  public int[] items(int user) {
    return java.util.Arrays.copyOfRange(items, ptr[user], ptr[user + 1]);
  }

  /** The values of {@code user}, aligned with {@link #items(int)}. */
  public float[] values(int user) {
    return java.util.Arrays.copyOfRange(values, ptr[user], ptr[user + 1]);
  }

  /** Writes the rows. */
  public void write(ModelWriter out) throws IOException {
    out.writeInts(ptr);
    out.writeInts(items);
    out.writeFloats(values);
  }

  /** Reads rows written by {@link #write}. */
  public static UserHistories read(ModelReader in) throws IOException {
    return new UserHistories(in.readInts(), in.readInts(), in.readFloats());
  }
}
