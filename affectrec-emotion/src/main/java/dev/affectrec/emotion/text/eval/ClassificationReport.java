package dev.affectrec.emotion.text.eval;

import java.util.List;

/**
 * Dev-set metrics of one head.
 *
 * @param labels label names in index order
 * @param examples number of examples scored
 * @param accuracy share of examples whose top label is one of their gold labels, in [0, 1]
 * @param macroF1 unweighted mean of {@code perClassF1}, in [0, 1]
 * @param perClassF1 F1 per label; multi-label tasks score the thresholded label sets
 * @param confusion {@code confusion[gold][predicted]} counts of primary gold label vs top label
 * @param ece expected calibration error of the top-label confidence (15 equal-width bins), in [0,
 *     1]
 */
public record ClassificationReport(
    List<String> labels,
    int examples,
    double accuracy,
    double macroF1,
    double[] perClassF1,
    int[][] confusion,
    double ece) {

  /** Validates and copies. */
  public ClassificationReport {
    labels = List.copyOf(labels);
    perClassF1 = perClassF1.clone();
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
  }

  @Override
  public double[] perClassF1() {
    return perClassF1.clone();
  }

  @Override
  public int[][] confusion() {
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  /** A plain-text rendering: headline numbers, per-class F1 and the confusion matrix. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "examples %d  accuracy %.4f  macro-F1 %.4f  ECE %.4f%n",
            examples,
            accuracy,
            macroF1,
            ece));
    for (int i = 0; i < labels.size(); i++) {
      out.append(
          String.format(java.util.Locale.ROOT, "  F1 %-15s %.4f%n", labels.get(i), perClassF1[i]));
    }
    out.append("confusion (rows gold, columns predicted):\n");
    for (int[] row : confusion) {
      for (int v : row) {
        out.append(String.format(java.util.Locale.ROOT, "%7d", v));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
