package dev.affectrec.behaviour.train;

import dev.affectrec.api.emotion.Polarity;
import java.util.List;

/**
 * Accuracy and macro-F1 over polarities, and ROC AUC for a score of the positive class. Stateless
 * and thread-safe.
 */
public final class Metrics {
  private Metrics() {}

  /** Fraction of equal pairs; NaN for empty lists. */
  public static double accuracy(List<Polarity> gold, List<Polarity> predicted) {
    check(gold, predicted);
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      right += gold.get(i) == predicted.get(i) ? 1 : 0;
    }
    return gold.isEmpty() ? Double.NaN : (double) right / gold.size();
  }

  /**
   * Unweighted mean of per-class F1 over the classes that occur in {@code gold} or {@code
   * predicted} (a class with no true positive has F1 0).
   */
  public static double macroF1(List<Polarity> gold, List<Polarity> predicted) {
    check(gold, predicted);
    double sum = 0;
    int classes = 0;
    for (Polarity c : Polarity.values()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i) == c;
        boolean p = predicted.get(i) == c;
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      if (tp + fp + fn == 0) {
        continue;
      }
      classes++;
      sum += 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return classes == 0 ? Double.NaN : sum / classes;
  }

  /**
   * ROC AUC of {@code scores} for telling {@link Polarity#POSITIVE} from every other label: the
   * probability that a random positive scores above a random other (ties count half), computed from
   * mid-ranks. NaN when either group is empty.
   */
  public static double rocAuc(List<Polarity> gold, double[] scores) {
    if (gold.size() != scores.length) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " labels but there are " + scores.length + " scores");
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double positiveRankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (gold.get(order[k]) == Polarity.POSITIVE) {
          positiveRankSum += midRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long others = scores.length - positives;
    if (positives == 0 || others == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * others);
  }

  private static void check(List<Polarity> gold, List<Polarity> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " labels but predicted has " + predicted.size());
    }
  }
}
