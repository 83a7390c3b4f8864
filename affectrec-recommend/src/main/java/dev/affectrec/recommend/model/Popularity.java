package dev.affectrec.recommend.model;

import dev.affectrec.recommend.data.InteractionMatrix;

/** Item popularity counts, the fallback ranking of every model. Stateless and thread-safe. */
public final class Popularity {
  private Popularity() {}

  /** The number of users of each item in {@code data}. */
  public static float[] counts(InteractionMatrix data) {
    float[] counts = new float[data.itemCount()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = data.colLength(i);
    }
    return counts;
  }
}
