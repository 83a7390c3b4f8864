package dev.affectrec.recommend.rank;

/**
 * A ranked list of item indices with their scores, best first.
 *
 * @param items item indices, never null
 * @param scores scores aligned with {@code items}, non-increasing
 */
public record Ranking(int[] items, float[] scores) {

  /** The number of entries. */
  public int size() {
    return items.length;
  }
}
