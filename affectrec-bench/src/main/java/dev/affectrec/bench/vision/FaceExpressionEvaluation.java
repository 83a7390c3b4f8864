package dev.affectrec.bench.vision;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.Metrics;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.detect.FaceSearch;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.expression.ExpressionNet;
import dev.affectrec.vision.face.FaceDetectors;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.image.ImageLimits;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.SafeImageDecoder;
import dev.affectrec.vision.keras.KerasGraph;
import dev.affectrec.vision.keras.KerasModelLoader;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Face finding and expression accuracy on a labelled photo folder ({@code labels.tsv}: file TAB
 * emotion, images under {@code images/}): the share of photos with exactly one face, and on those
 * photos accuracy, macro-F1 and the confusion matrix of the human-emotion network, the FER2013
 * mini-Xception, each with and without a mirrored second reading, and their weighted ensemble,
 * whose weight is chosen by 5-fold cross-validation on the same photos (seed 20).
 *
 * <pre>
 * java -cp affectrec-bench/target/benchmarks.jar dev.affectrec.bench.vision.FaceExpressionEvaluation \
 *     DATA_DIR MINI_XCEPTION.hdf5 [blazeface|ultraface|yunet [MODEL.onnx]]
 * </pre>
 *
 * System properties: {@code face.search=off} for the detector's own result, {@code face.crop} for
 * the crop scale or a comma-separated list of them (default {@link
 * FaceEmotionOptions#DEFAULT_CROP_SCALE}), {@code face.matrices=true} to print confusion matrices,
 * {@code face.predictions=FILE} to write each photo's ensemble top emotion (first crop) as TSV.
 */
public final class FaceExpressionEvaluation {
  private static final int FOLDS = 5;
  private static final long SEED = 20;

  private FaceExpressionEvaluation() {}

  /** One photo's outcome: faces found and, when one, each reading's probabilities. */
  private record Outcome(String file, int gold, int faces, double[][] readings) {}

  /** Runs the evaluation and prints the report. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    KerasGraph xception = KerasModelLoader.load(Path.of(args[1]));
    DetectorChoice choice =
        args.length > 2
            ? DetectorChoice.of(args[2], args.length > 3 ? args[3] : null)
            : DetectorChoice.BLAZEFACE;
    FaceSearch search =
        "off".equals(System.getProperty("face.search")) ? FaceSearch.OFF : FaceSearch.DEFAULTS;
    double[] crops =
        java.util.Arrays.stream(
                System.getProperty("face.crop", "" + FaceEmotionOptions.DEFAULT_CROP_SCALE)
                    .split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();
    FaceModels models = FaceModels.load(FaceModels.defaultDirectory());
    FaceEmotionOptions options = FaceEmotionOptions.DEFAULTS.withDetectorChoice(choice);
    FaceDetector detector = FaceDetectors.create(choice, options.detector(), models, search);
    ExpressionNet human = ExpressionClassifier.humanEmotion(models.expression(), 1);
    ExpressionNet mini =
        new ExpressionNet(
            "mini-xception", xception.graph(), xception.input(), xception.output(), 1);
    SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (double ignored : crops) {
      outcomes.add(new ArrayList<>());
    }
    for (String line : Files.readAllLines(data.resolve("labels.tsv"))) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      RgbImage image = decoder.decode(Files.readAllBytes(data.resolve("images").resolve(cols[0])));
      List<FaceBox> faces = detector.detect(image);
      int gold = Emotion.fromWireName(cols[1]).orElseThrow().ordinal();
      for (int c = 0; c < crops.length; c++) {
        double[][] readings = null;
        if (faces.size() == 1) {
          float[] input =
              new ExpressionClassifier(List.of(human), crops[c], false).crops(image, faces);
          readings =
              new double[][] {
                ExpressionClassifier.probabilities(human, input, 1)[0],
                ExpressionClassifier.mirrorAveraged(human, input, 1)[0],
                ExpressionClassifier.probabilities(mini, input, 1)[0],
                ExpressionClassifier.mirrorAveraged(mini, input, 1)[0]
              };
        }
        outcomes.get(c).add(new Outcome(cols[0], gold, faces.size(), readings));
      }
    }
    for (int c = 0; c < crops.length; c++) {
      report(outcomes.get(c), choice, search, crops[c]);
    }
    String predictions = System.getProperty("face.predictions");
    if (predictions != null) {
      List<String> rows = new ArrayList<>();
      for (Outcome o : outcomes.get(0)) {
        rows.add(o.file() + "\t" + productTop(o));
      }
      Files.write(Path.of(predictions), rows);
    }
  }

  private static void report(
      List<Outcome> outcomes, DetectorChoice choice, FaceSearch search, double crop) {
    long one = outcomes.stream().filter(o -> o.faces() == 1).count();
    long none = outcomes.stream().filter(o -> o.faces() == 0).count();
    System.out.printf(
        Locale.ROOT,
        "detector %s, search %s, crop %.2f: %d photos, exactly one face %d (%.1f%%), none %d,"
            + " more %d%n",
        choice.kind().id(),
        search,
        crop,
        outcomes.size(),
        one,
        100.0 * one / outcomes.size(),
        none,
        outcomes.size() - one - none);
    List<Outcome> scored = outcomes.stream().filter(o -> o.readings() != null).toList();
    String[] names = {
      "human-emotion", "human-emotion+mirror", "mini-xception", "mini-xception+mirror"
    };
    for (int r = 0; r < names.length; r++) {
      int reading = r;
      print(names[r], scored, o -> o.readings()[reading]);
    }
    for (int mirror = 0; mirror < 2; mirror++) {
      int h = mirror;
      int x = 2 + mirror;
      String label = mirror == 1 ? "ensemble+mirror" : "ensemble";
      print(label + " (equal weights, not tuned)", scored, o -> mix(o, h, x, 0.5));
      double chosen = bestWeight(scored, h, x);
      print(
          String.format(Locale.ROOT, "%s (human weight %.2f, chosen on all dev)", label, chosen),
          scored,
          o -> mix(o, h, x, chosen));
      ClassificationReport cv = score(crossValidated(scored, h, x), scored);
      System.out.printf(
          Locale.ROOT,
          "%s, weight chosen by %d-fold CV inside dev: accuracy %.3f macro-F1 %.3f%n",
          label,
          FOLDS,
          cv.accuracy(),
          cv.macroF1());
    }
  }

  /** The product ensemble's top emotion (both networks mirrored), or "-" without one face. */
  private static String productTop(Outcome o) {
    if (o.readings() == null) {
      return "-";
    }
    double[] p = mix(o, 1, 3, ExpressionClassifier.ENSEMBLE_HUMAN_WEIGHT);
    return Emotion.ofIndex(Metrics.argmax(p)).wireName();
  }

  private static double[] mix(Outcome o, int h, int x, double w) {
    double[] p = new double[Emotion.COUNT];
    for (int k = 0; k < p.length; k++) {
      p[k] = w * o.readings()[h][k] + (1 - w) * o.readings()[x][k];
    }
    return p;
  }

  /**
   * The human-emotion weight in 0, 0.05, ..., 1 with the best mean log-likelihood of the gold label
   * on {@code photos} (steadier than macro-F1, which a few of the 10 fear photos swing).
   */
  private static double bestWeight(List<Outcome> photos, int h, int x) {
    double best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int step = 0; step <= 20; step++) {
      double w = step / 20.0;
      double score = 0;
      for (Outcome o : photos) {
        score += Math.log(1e-6 + mix(o, h, x, w)[o.gold()]);
      }
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = w;
      }
    }
    return best;
  }

  /** Each photo's ensemble reading with the weight chosen on the other folds. */
  private static List<double[]> crossValidated(List<Outcome> photos, int h, int x) {
    int[] fold = new int[photos.size()];
    Random random = new Random(SEED);
    for (int i = 0; i < fold.length; i++) {
      fold[i] = random.nextInt(FOLDS);
    }
    double[][] predicted = new double[photos.size()][];
    for (int f = 0; f < FOLDS; f++) {
      List<Outcome> train = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] != f) {
          train.add(photos.get(i));
        }
      }
      double w = bestWeight(train, h, x);
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          predicted[i] = mix(photos.get(i), h, x, w);
        }
      }
    }
    return List.of(predicted);
  }

  private static void print(
      String label, List<Outcome> photos, java.util.function.Function<Outcome, double[]> p) {
    ClassificationReport m = score(photos.stream().map(p).toList(), photos);
    System.out.printf(
        Locale.ROOT,
        "%s: accuracy %.3f macro-F1 %.3f%n%s",
        label,
        m.accuracy(),
        m.macroF1(),
        Boolean.getBoolean("face.matrices") ? m.render() : "");
  }

  private static ClassificationReport score(List<double[]> probabilities, List<Outcome> photos) {
    List<String> labels = java.util.Arrays.stream(Emotion.values()).map(Emotion::wireName).toList();
    List<int[]> gold = photos.stream().map(o -> new int[] {o.gold()}).toList();
    return Metrics.report(labels, probabilities, gold, Double.NaN);
  }
}
