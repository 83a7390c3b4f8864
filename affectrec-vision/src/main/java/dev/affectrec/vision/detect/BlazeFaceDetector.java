package dev.affectrec.vision.detect;

import dev.affectrec.vision.image.Letterbox;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.Sampling;
import dev.affectrec.vision.tfjs.GraphModel;
import dev.affectrec.vision.tfjs.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BlazeFace ("back", 256×256) as used by {@code @vladmandic/human}: the image is letterboxed to a
 * square, resized bilinearly, scaled to {@code x / 127.5 - 1}, and each of the 896 anchors gives a
 * sigmoid score and a box (centre offset from the anchor, width, height, in input pixels) followed
 * by six keypoints (offsets from the anchor; the first two are the subject's right and left eye,
 * kept as {@link EyePoints}). Boxes above {@link DetectorOptions#minScore()} go through non-maximum
 * suppression. Thread-safe.
 */
public final class BlazeFaceDetector implements FaceDetector {
  /** Input side of the graph. */
  public static final int INPUT_SIZE = 256;

  private static final List<String> OUTPUTS =
      List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0");
  private static final float[] ANCHORS = BlazeFaceAnchors.centres(INPUT_SIZE);

  private final GraphModel graph;
  private final DetectorOptions options;
  private final String modelId;

  /**
   * @param graph the {@code blazeface.json} graph
   * @param options thresholds
   * @param modelId identifier for output
   */
  public BlazeFaceDetector(GraphModel graph, DetectorOptions options, String modelId) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.options = Objects.requireNonNull(options, "options");
    this.modelId = Objects.requireNonNull(modelId, "modelId");
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public List<FaceBox> detect(RgbImage image) {
    float[] input = new float[INPUT_SIZE * INPUT_SIZE * 3];
    Letterbox box = Sampling.letterbox(image, INPUT_SIZE, input);
    Map<String, Tensor> out =
        graph.execute(Map.of("input", Tensor.of(input, 1, INPUT_SIZE, INPUT_SIZE, 3)), OUTPUTS);
    List<FaceBox> candidates = new ArrayList<>();
    decode(out.get(OUTPUTS.get(0)), out.get(OUTPUTS.get(2)), 0, box, candidates);
    decode(out.get(OUTPUTS.get(1)), out.get(OUTPUTS.get(3)), 512, box, candidates);
    return NonMaxSuppression.apply(candidates, options.iouThreshold(), options.maxFaces());
  }

  private void decode(
      Tensor logits, Tensor regressors, int firstAnchor, Letterbox box, List<FaceBox> sink) {
    float[] cls = logits.floats();
    float[] reg = regressors.floats();
    for (int a = 0; a < cls.length; a++) {
      double score = 1.0 / (1.0 + Math.exp(-cls[a]));
      if (score < options.minScore()) {
        continue;
      }
      int anchor = firstAnchor + a;
      double cx = reg[a * 16] + ANCHORS[2 * anchor];
      double cy = reg[a * 16 + 1] + ANCHORS[2 * anchor + 1];
      double w = reg[a * 16 + 2] * box.scale();
      double h = reg[a * 16 + 3] * box.scale();
      if (!(w > 0) || !(h > 0)) {
        continue;
      }
      int k = a * 16 + 4;
      EyePoints eyes =
          new EyePoints(
              box.imageX(reg[k] + ANCHORS[2 * anchor]),
              box.imageY(reg[k + 1] + ANCHORS[2 * anchor + 1]),
              box.imageX(reg[k + 2] + ANCHORS[2 * anchor]),
              box.imageY(reg[k + 3] + ANCHORS[2 * anchor + 1]));
      sink.add(new FaceBox(box.imageX(cx) - w / 2, box.imageY(cy) - h / 2, w, h, score, eyes));
    }
  }
}
