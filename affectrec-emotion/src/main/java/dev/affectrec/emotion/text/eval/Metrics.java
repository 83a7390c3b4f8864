package dev.affectrec.emotion.text.eval;

import java.util.List;

/**
 * Classification metrics over predicted probability vectors and gold label sets. Stateless.
 *
 * <p>Single-label tasks predict the top label. Multi-label tasks predict every label whose
 * probability is at least {@code threshold}, and always the top label; their per-class F1 compares
 * those sets with the gold sets (the GoEmotions protocol).
 */
public final class Metrics {
  private static final int BINS = 15;

  private Metrics() {}

  /**
   * Scores {@code probabilities} against {@code gold}.
   *
   * @param probabilities one vector per example, each of length {@code labels.size()}
   * @param gold one non-empty label-index set per example
   * @param threshold NaN for single-label scoring, else the multi-label threshold
   */
  public static ClassificationReport report(
      List<String> labels, List<double[]> probabilities, List<int[]> gold, double threshold) {
    if (probabilities.size() != gold.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("need one gold set per prediction, and at least one");
    }
    int k = labels.size();
    int[] tp = new int[k];
    int[] fp = new int[k];
    int[] fn = new int[k];
    int[][] confusion = new int[k][k];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      double[] p = probabilities.get(i);
      int top = argmax(p);
      boolean[] predicted = new boolean[k];
      predicted[top] = true;
      if (!Double.isNaN(threshold)) {
        for (int c = 0; c < k; c++) {
          predicted[c] |= p[c] >= threshold;
        }
      }
      boolean[] truth = new boolean[k];
      for (int g : gold.get(i)) {
        truth[g] = true;
      }
      correct += truth[top] ? 1 : 0;
      confusion[gold.get(i)[0]][top]++;
      for (int c = 0; c < k; c++) {
        if (predicted[c] && truth[c]) {
          tp[c]++;
        } else if (predicted[c]) {
          fp[c]++;
        } else if (truth[c]) {
          fn[c]++;
        }
      }
    }
    double[] f1 = new double[k];
    double sum = 0;
    for (int c = 0; c < k; c++) {
      double denom = 2.0 * tp[c] + fp[c] + fn[c];
      f1[c] = denom == 0 ? 0 : 2.0 * tp[c] / denom;
      sum += f1[c];
    }
    return new ClassificationReport(
        labels,
        gold.size(),
        (double) correct / gold.size(),
        sum / k,
        f1,
        confusion,
        ece(probabilities, gold));
  }

  /** Expected calibration error of the top-label confidence, 15 equal-width bins. */
  public static double ece(List<double[]> probabilities, List<int[]> gold) {
    double[] conf = new double[BINS];
    double[] acc = new double[BINS];
    int[] count = new int[BINS];
    for (int i = 0; i < gold.size(); i++) {
      double[] p = probabilities.get(i);
      int top = argmax(p);
      int bin = Math.min(BINS - 1, (int) (p[top] * BINS));
      conf[bin] += p[top];
      acc[bin] += contains(gold.get(i), top) ? 1 : 0;
      count[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        ece += Math.abs(acc[b] - conf[b]) / gold.size();
      }
    }
    return ece;
  }

  /** Index of the largest value; ties go to the lowest index. */
  public static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  private static boolean contains(int[] set, int value) {
    for (int v : set) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
