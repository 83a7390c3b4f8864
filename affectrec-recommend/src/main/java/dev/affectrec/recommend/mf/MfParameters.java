package dev.affectrec.recommend.mf;

/**
 * The parameters of biased MF and its SGD step. Mutable during training only; a trained model never
 * modifies them. Not thread-safe.
 */
final class MfParameters {
  final float mean;
  final float[] userBias;
  final float[] itemBias;
  final float[] userFactors;
  final float[] itemFactors;
  final int f;

  MfParameters(
      float mean,
      float[] userBias,
      float[] itemBias,
      float[] userFactors,
      float[] itemFactors,
      int f) {
    this.mean = mean;
    this.userBias = userBias;
    this.itemBias = itemBias;
    this.userFactors = userFactors;
    this.itemFactors = itemFactors;
    this.f = f;
  }

  /** The unclamped prediction for a user vector at {@code ub} with bias {@code bu}. */
  float raw(float bu, float[] users, int ub, int item) {
    int ib = item * f;
    float dot = 0;
    for (int k = 0; k < f; k++) {
      dot += users[ub + k] * itemFactors[ib + k];
    }
    return mean + bu + itemBias[item] + dot;
  }

  /** One SGD step on rating {@code r}; items are updated only when {@code updateItems}. */
  void sgdStep(
      int user, int item, float r, float lr, float reg, float biasReg, boolean updateItems) {
    int ub = user * f;
    int ib = item * f;
    float err = r - raw(userBias[user], userFactors, ub, item);
    userBias[user] += lr * (err - biasReg * userBias[user]);
    if (updateItems) {
      itemBias[item] += lr * (err - biasReg * itemBias[item]);
    }
    for (int k = 0; k < f; k++) {
      float pu = userFactors[ub + k];
      float qi = itemFactors[ib + k];
      userFactors[ub + k] += lr * (err * qi - reg * pu);
      if (updateItems) {
        itemFactors[ib + k] += lr * (err * pu - reg * qi);
      }
    }
  }
}
