package dev.affectrec.analytics.risk;

import java.util.Arrays;
import java.util.Comparator;

/** The area under the ROC curve (Mann-Whitney U with tied scores counted half). */
public final class RocAuc {
  private RocAuc() {}

  /**
   * AUC of {@code scores} for {@code labels} (0 or 1).
   *
   * @throws IllegalArgumentException when the sizes differ or a class is missing
   */
  public static double of(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("need one label per score");
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (labels[order[k]] == 1) {
          rankSumPositive += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("AUC needs both classes");
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * The 95% percentile bootstrap interval of the AUC: 1,000 resamples of the pairs with replacement
   * (seed 19); resamples that miss a class are drawn again.
   */
  public static double[] bootstrapInterval(double[] scores, int[] labels) {
    return differenceInterval(scores, new double[scores.length], labels, false);
  }

  /**
   * The 95% percentile bootstrap interval of AUC(a) - AUC(b) on the same targets: the same 1,000
   * resamples (seed 19) score both, so the interval accounts for their correlation.
   */
  public static double[] differenceInterval(double[] a, double[] b, int[] labels) {
    return differenceInterval(a, b, labels, true);
  }

  private static double[] differenceInterval(
      double[] a, double[] b, int[] labels, boolean subtract) {
    java.util.Random random = new java.util.Random(19);
    double[] aucs = new double[1_000];
    int n = a.length;
    for (int r = 0; r < aucs.length; ) {
      double[] sa = new double[n];
      double[] sb = new double[n];
      int[] l = new int[n];
      int positives = 0;
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        sa[i] = a[k];
        sb[i] = b[k];
        l[i] = labels[k];
        positives += l[i];
      }
      if (positives > 0 && positives < n) {
        aucs[r++] = of(sa, l) - (subtract ? of(sb, l) : 0);
      }
    }
    Arrays.sort(aucs);
    return new double[] {aucs[24], aucs[974]};
  }
}
