package dev.affectrec.hybrid.policy;

/** Item-item similarity over catalogue indices. Implementations must be thread-safe. */
public interface ItemSimilarity {

  /** Similarity of items {@code a} and {@code b}, in [0, 1]; 1 for {@code a == b}. */
  double similarity(int a, int b);

  /**
   * Up to {@code n} items most similar to {@code item} (never {@code item} itself), most similar
   * first, with similarity above 0.
   */
  int[] neighbours(int item, int n);
}
