package dev.affectrec.recommend.data;

/**
 * Binary cosine similarity of two item columns of an {@link InteractionMatrix}: {@code |U(a) and
 * U(b)| / sqrt(|U(a)| |U(b)|)}, where {@code U(i)} is the set of users who interacted with item
 * {@code i} (values are ignored). The one implementation of item cosine; evaluation metrics and the
 * hybrid's similarity both use it. Stateless and thread-safe.
 */
public final class ItemCosine {
  private ItemCosine() {}

  /**
   * The cosine of items {@code a} and {@code b} of {@code m} by merging their sorted user columns,
   * in O(|U(a)| + |U(b)|); 0 if either column is empty (so also for {@code a == b} when empty).
   */
  public static double of(InteractionMatrix m, int a, int b) {
    double norm = Math.sqrt((double) m.colLength(a) * m.colLength(b));
    return norm == 0 ? 0 : sharedUsers(m, a, b) / norm;
  }

  /** How many users interacted with both {@code a} and {@code b}. */
  public static int sharedUsers(InteractionMatrix m, int a, int b) {
    int[] users = m.colUsers();
    int p = m.colStart(a);
    int q = m.colStart(b);
    int pe = m.colEnd(a);
    int qe = m.colEnd(b);
    int common = 0;
    while (p < pe && q < qe) {
      if (users[p] == users[q]) {
        common++;
        p++;
        q++;
      } else if (users[p] < users[q]) {
        p++;
      } else {
        q++;
      }
    }
    return common;
  }
}
