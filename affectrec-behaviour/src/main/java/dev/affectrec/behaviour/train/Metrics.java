package dev.affectrec.behaviour.train;

import dev.affectrec.api.emotion.Polarity;
import java.util.List;

/** Accuracy and macro-F1 over the three polarities. Stateless and thread-safe. */
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

  private static void check(List<Polarity> gold, List<Polarity> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " labels but predicted has " + predicted.size());
    }
  }
}
