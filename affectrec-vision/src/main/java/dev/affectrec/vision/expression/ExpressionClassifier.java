package dev.affectrec.vision.expression;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.keras.KerasGraph;
import dev.affectrec.vision.model.FaceModels;
import dev.affectrec.vision.tfjs.GraphModel;
import dev.affectrec.vision.tfjs.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Expression distribution per face from one network or a weighted ensemble of networks that read
 * the same 64×64 grey crop. The networks' classes (angry, disgust, fear, happy, sad, surprise,
 * neutral) are in the order of {@link Emotion} (anger, disgust, fear, joy, sadness, surprise,
 * neutral), so index i maps to {@code Emotion.ofIndex(i)}. A network with {@link
 * ExpressionNet#mirror} also reads the crop flipped left to right and its two readings are averaged
 * (test-time flip). Thread-safe.
 */
public final class ExpressionClassifier {
  /** Input side of the networks. */
  public static final int INPUT_SIZE = 64;

  private static final int PLANE = INPUT_SIZE * INPUT_SIZE;

  private final List<ExpressionNet> nets;
  private final FaceCrop crop;
  private final double[] classBias;

  /**
   * @param nets at least one network with a positive weight, each with its own mirror setting
   * @param crop how a face box becomes the networks' input
   * @param classBias one log bias per class in {@link Emotion} order, each in [-5, 5], added to the
   *     log of the weighted average before it is normalised (0 everywhere for none)
   */
  public ExpressionClassifier(List<ExpressionNet> nets, FaceCrop crop, double[] classBias) {
    this.nets = List.copyOf(nets);
    if (this.nets.stream().mapToDouble(ExpressionNet::weight).sum() <= 0) {
      throw new IllegalArgumentException("nets: at least one network needs a positive weight");
    }
    this.crop = Objects.requireNonNull(crop, "crop");
    if (classBias.length != Emotion.COUNT) {
      throw new IllegalArgumentException(
          "classBias: need " + Emotion.COUNT + " values, got " + classBias.length);
    }
    for (double b : classBias) {
      Arguments.requireInRange(b, -5, 5, "classBias");
    }
    this.classBias = classBias.clone();
  }

  /** Without class biases. */
  public ExpressionClassifier(List<ExpressionNet> nets, FaceCrop crop) {
    this(nets, crop, new double[Emotion.COUNT]);
  }

  /**
   * @param nets at least one network with a positive weight
   * @param cropScale side of the upright square crop as a multiple of the face box's longer side,
   *     in [0.5, 3]
   * @param mirror whether every network averages its readings of the crop and its mirror image
   */
  public ExpressionClassifier(List<ExpressionNet> nets, double cropScale, boolean mirror) {
    this(nets.stream().map(n -> n.withMirror(mirror)).toList(), FaceCrop.upright(cropScale));
  }

  /**
   * The {@code emotion.json} graph of {@code @vladmandic/human} alone, without mirroring.
   *
   * @param graph the {@code emotion.json} graph
   * @param cropScale side of the square crop as a multiple of the face box's longer side
   */
  public ExpressionClassifier(GraphModel graph, double cropScale) {
    this(List.of(humanEmotion(graph, 1)), cropScale, false);
  }

  /**
   * The human-emotion network's share of the ensemble when the mini-Xception is present, chosen on
   * the dev photos (docs/EVALUATION.md, "Expression ensemble").
   */
  public static final double ENSEMBLE_HUMAN_WEIGHT = 0.2;

  /**
   * The ensemble's log bias per class (anger, disgust, fear, joy, sadness, surprise, neutral): both
   * FER2013 networks read anger, fear and joy more often and disgust and surprise less often than
   * the dev photos show them, so these move the decision back. Chosen on the 370 dev photos by
   * coordinate ascent on macro-F1 (values in steps of 0.25); under 5-fold cross-validation the same
   * procedure gains about 5 points of accuracy and 7 of macro-F1 (docs/EVALUATION.md, "More
   * margin").
   */
  private static final double[] ENSEMBLE_CLASS_BIAS = {-1, 1, -0.75, -0.75, 0, 0.25, 0};

  /** A copy of the ensemble's log bias per class, in {@link Emotion} order. */
  public static double[] ensembleClassBias() {
    return ENSEMBLE_CLASS_BIAS.clone();
  }

  /**
   * The product's classifier for {@code models}: the human-emotion network alone, or, when {@code
   * models} holds the mini-Xception, both at {@link #ENSEMBLE_HUMAN_WEIGHT}, the mini-Xception also
   * reading the mirrored crop, with the ensemble's class biases. The human-emotion net reads no
   * mirror image: alone, that gained 1 point of accuracy on the dev photos but lost one of the 7
   * sample photos; in the ensemble it changed nothing measurable and cost most of the ensemble's
   * extra time. The mini-Xception reads the crop as cut: equalised it read the dev photos better
   * but lost one of the 7 sample photos (docs/EVALUATION.md, "More margin", and
   * docs/BENCHMARKS.md).
   */
  public static ExpressionClassifier of(FaceModels models, FaceCrop crop) {
    if (models.miniXception() == null) {
      return new ExpressionClassifier(List.of(humanEmotion(models.expression(), 1)), crop);
    }
    KerasGraph mini = models.miniXception();
    return new ExpressionClassifier(
        List.of(
            humanEmotion(models.expression(), ENSEMBLE_HUMAN_WEIGHT),
            new ExpressionNet(
                "mini-xception",
                mini.graph(),
                mini.input(),
                mini.output(),
                1 - ENSEMBLE_HUMAN_WEIGHT,
                true,
                false)),
        crop,
        ENSEMBLE_CLASS_BIAS);
  }

  /** The {@code emotion.json} graph as an ensemble member of weight {@code weight}. */
  public static ExpressionNet humanEmotion(GraphModel graph, double weight) {
    return new ExpressionNet("human-emotion", graph, "input_1", "Identity:0", weight);
  }

  /** The networks, with their weights. */
  public List<ExpressionNet> nets() {
    return nets;
  }

  /**
   * One distribution per face, in the order given: the crops are cut once (and equalised once for
   * the networks that read them equalised), then one batched run of each network.
   */
  public List<EmotionDistribution> classify(RgbImage image, List<FaceBox> faces) {
    if (faces.isEmpty()) {
      return List.of();
    }
    int n = faces.size();
    float[] input = crops(image, faces);
    float[] equalized = null;
    double[][] sum = new double[n][Emotion.COUNT];
    for (ExpressionNet net : nets) {
      if (net.weight() == 0) {
        continue;
      }
      float[] read = input;
      if (net.equalize()) {
        equalized = equalized != null ? equalized : Equalization.equalized(input, n, PLANE);
        read = equalized;
      }
      double[][] p = net.mirror() ? mirrorAveraged(net, read, n) : probabilities(net, read, n);
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < Emotion.COUNT; k++) {
          sum[i][k] += net.weight() * p[i][k];
        }
      }
    }
    List<EmotionDistribution> out = new ArrayList<>(n);
    for (double[] p : sum) {
      for (int k = 0; k < Emotion.COUNT; k++) {
        p[k] *= Math.exp(classBias[k]);
      }
      out.add(EmotionDistribution.normalised(p));
    }
    return out;
  }

  /** The networks' input for {@code faces}: one 64×64 grey crop per face, [-1, 1]. */
  public float[] crops(RgbImage image, List<FaceBox> faces) {
    float[] input = new float[faces.size() * PLANE];
    for (int i = 0; i < faces.size(); i++) {
      crop.sample(image, faces.get(i), INPUT_SIZE, input, i * PLANE);
    }
    return input;
  }

  /** {@code n} crops, each flipped left to right. */
  public static float[] mirrored(float[] crops, int n) {
    float[] out = new float[n * PLANE];
    for (int row = 0; row < n * INPUT_SIZE; row++) {
      int o = row * INPUT_SIZE;
      for (int x = 0; x < INPUT_SIZE; x++) {
        out[o + x] = crops[o + INPUT_SIZE - 1 - x];
      }
    }
    return out;
  }

  /** The average of {@code net}'s readings of the {@code n} crops and of their mirror images. */
  public static double[][] mirrorAveraged(ExpressionNet net, float[] crops, int n) {
    float[] both = new float[2 * n * PLANE];
    System.arraycopy(crops, 0, both, 0, n * PLANE);
    System.arraycopy(mirrored(crops, n), 0, both, n * PLANE, n * PLANE);
    double[][] p = probabilities(net, both, 2 * n);
    double[][] out = new double[n][Emotion.COUNT];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < Emotion.COUNT; k++) {
        out[i][k] = (p[i][k] + p[n + i][k]) / 2;
      }
    }
    return out;
  }

  /** {@code net}'s probabilities for {@code n} crops, one row of 7 per crop. */
  public static double[][] probabilities(ExpressionNet net, float[] crops, int n) {
    float[] probs =
        net.graph()
            .execute(
                Map.of(net.input(), Tensor.of(crops, n, INPUT_SIZE, INPUT_SIZE, 1)),
                List.of(net.output()))
            .get(net.output())
            .floats();
    double[][] out = new double[n][Emotion.COUNT];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < Emotion.COUNT; k++) {
        out[i][k] = Math.max(0, probs[i * Emotion.COUNT + k]);
      }
    }
    return out;
  }
}
