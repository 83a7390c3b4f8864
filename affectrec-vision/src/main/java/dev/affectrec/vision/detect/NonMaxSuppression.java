package dev.affectrec.vision.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression, shared by every detector. Stateless and thread-safe. */
public final class NonMaxSuppression {
  private NonMaxSuppression() {}

  /**
   * Keeps the highest-scoring boxes, dropping any whose IoU with a kept box exceeds {@code
   * iouThreshold}, up to {@code maxBoxes}; the result is sorted by descending score.
   */
  public static List<FaceBox> apply(List<FaceBox> boxes, double iouThreshold, int maxBoxes) {
    List<FaceBox> sorted = new ArrayList<>(boxes);
    sorted.sort(Comparator.comparingDouble(FaceBox::score).reversed());
    List<FaceBox> kept = new ArrayList<>();
    for (FaceBox box : sorted) {
      if (kept.size() >= maxBoxes) {
        break;
      }
      if (kept.stream().allMatch(k -> k.iou(box) <= iouThreshold)) {
        kept.add(box);
      }
    }
    return kept;
  }
}
