package dev.affectrec.vision.expression;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.Sampling;
import dev.affectrec.vision.tfjs.GraphModel;
import dev.affectrec.vision.tfjs.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Expression distribution per face. The network's classes (angry, disgust, fear, happy, sad,
 * surprise, neutral) are in the order of {@link Emotion} (anger, disgust, fear, joy, sadness,
 * surprise, neutral), so index i maps to {@code Emotion.ofIndex(i)}. Thread-safe.
 */
public final class ExpressionClassifier {
  /** Input side of the graph. */
  public static final int INPUT_SIZE = 64;

  private final GraphModel graph;
  private final double cropScale;

  /**
   * @param graph the {@code emotion.json} graph
   * @param cropScale side of the square crop as a multiple of the face box's longer side, in [0.5,
   *     3]
   */
  public ExpressionClassifier(GraphModel graph, double cropScale) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.cropScale = Arguments.requireInRange(cropScale, 0.5, 3, "cropScale");
  }

  /** One distribution per face, in the order given; one batched run of the network. */
  public List<EmotionDistribution> classify(RgbImage image, List<FaceBox> faces) {
    if (faces.isEmpty()) {
      return List.of();
    }
    int n = faces.size();
    int plane = INPUT_SIZE * INPUT_SIZE;
    float[] input = new float[n * plane];
    for (int i = 0; i < n; i++) {
      FaceBox f = faces.get(i);
      double side = cropScale * Math.max(f.width(), f.height());
      double cx = f.x() + f.width() / 2;
      double cy = f.y() + f.height() / 2;
      Sampling.greyCrop(
          image, cx - side / 2, cy - side / 2, side, side, INPUT_SIZE, input, i * plane);
    }
    float[] probs =
        graph
            .execute(
                Map.of("input_1", Tensor.of(input, n, INPUT_SIZE, INPUT_SIZE, 1)),
                List.of("Identity:0"))
            .get("Identity:0")
            .floats();
    List<EmotionDistribution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] p = new double[Emotion.COUNT];
      for (int k = 0; k < Emotion.COUNT; k++) {
        p[k] = Math.max(0, probs[i * Emotion.COUNT + k]);
      }
      out.add(EmotionDistribution.normalised(p));
    }
    return out;
  }
}
