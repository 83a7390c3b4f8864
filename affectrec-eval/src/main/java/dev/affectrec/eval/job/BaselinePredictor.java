package dev.affectrec.eval.job;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.RatingPredictor;

/**
 * The damped-bias baseline {@code mu + b_u + b_i} (item biases damped by 25 pseudo-ratings, user
 * biases by 10), the fallback for pairs a model cannot predict. Never returns NaN. Immutable.
 */
final class BaselinePredictor implements RatingPredictor {
  private final InteractionMatrix data;
  private final double mean;
  private final double[] itemBias;
  private final double[] userBias;

  BaselinePredictor(InteractionMatrix data) {
    this.data = data;
    double sum = 0;
    for (float v : data.rowValues()) {
      sum += v;
    }
    this.mean = data.nonZeros() == 0 ? 0 : sum / data.nonZeros();
    this.itemBias = new double[data.itemCount()];
    for (int i = 0; i < itemBias.length; i++) {
      double s = 0;
      for (int p = data.colStart(i); p < data.colEnd(i); p++) {
        s += data.colValues()[p] - mean;
      }
      itemBias[i] = s / (data.colLength(i) + 25);
    }
    this.userBias = new double[data.userCount()];
    for (int u = 0; u < userBias.length; u++) {
      double s = 0;
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        s += data.rowValues()[p] - mean - itemBias[data.rowItems()[p]];
      }
      userBias[u] = s / (data.rowLength(u) + 10);
    }
  }

  @Override
  public double predict(String user, String item) {
    int u = data.users().indexOf(user);
    int i = data.items().indexOf(item);
    return mean + (u >= 0 ? userBias[u] : 0) + (i >= 0 ? itemBias[i] : 0);
  }
}
