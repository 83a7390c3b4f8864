package dev.affectrec.bench.vision;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.bench.vision.EnsembleFit.Mix;
import dev.affectrec.bench.vision.EnsembleFit.Photo;
import dev.affectrec.bench.vision.EnsembleFit.Search;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.Metrics;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.detect.FaceSearch;
import dev.affectrec.vision.expression.Equalization;
import dev.affectrec.vision.expression.ExpressionClassifier;
import dev.affectrec.vision.expression.ExpressionNet;
import dev.affectrec.vision.expression.FaceCrop;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Face finding and expression accuracy on a labelled photo folder ({@code labels.tsv}: file TAB
 * emotion, images under {@code images/}): the share of photos with exactly one face, and on those
 * photos accuracy, macro-F1 and the confusion matrix of the human-emotion network, the FER2013
 * mini-Xception, each with and without a mirrored second reading, and their ensembles, whose
 * parameters (weight; weight and temperatures; weight and per-class biases) are chosen by 5-fold
 * cross-validation on the same photos (seed 20), for each crop variant asked for.
 *
 * <pre>
 * java -cp affectrec-bench/target/benchmarks.jar dev.affectrec.bench.vision.FaceExpressionEvaluation \
 *     DATA_DIR MINI_XCEPTION.hdf5 [blazeface|ultraface|yunet [MODEL.onnx]]
 * </pre>
 *
 * System properties, each a comma-separated list (every combination is run): {@code face.crop} crop
 * scales (default {@link FaceEmotionOptions#DEFAULT_CROP_SCALE}), {@code face.align} {@code off} or
 * the smallest eye roll in degrees that is turned (default the product's). The mini-Xception also
 * reads each crop histogram-equalised. Also {@code face.search=off} for the detector's own result,
 * {@code face.matrices=true} to print confusion matrices, {@code face.predictions=FILE} to write
 * each photo's product top emotion (first variant) as TSV.
 */
public final class FaceExpressionEvaluation {
  private static final String[] READINGS = {
    "human-emotion",
    "human-emotion+mirror",
    "mini-xception",
    "mini-xception+mirror",
    "mini-xception equalised",
    "mini-xception equalised+mirror"
  };

  private FaceExpressionEvaluation() {}

  /** One photo's outcome: faces found and, when one, each variant's four readings. */
  private record Outcome(String file, int gold, int faces, FaceBox face, double[][][] readings) {}

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
    List<FaceCrop> variants = variants(choice);
    FaceModels models = FaceModels.load(FaceModels.defaultDirectory());
    FaceEmotionOptions options = FaceEmotionOptions.DEFAULTS.withDetectorChoice(choice);
    FaceDetector detector = FaceDetectors.create(choice, options.detector(), models, search);
    ExpressionNet human = ExpressionClassifier.humanEmotion(models.expression(), 1);
    ExpressionNet mini =
        new ExpressionNet(
            "mini-xception", xception.graph(), xception.input(), xception.output(), 1);
    SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("labels.tsv"))) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      RgbImage image = decoder.decode(Files.readAllBytes(data.resolve("images").resolve(cols[0])));
      List<FaceBox> faces = detector.detect(image);
      int gold = Emotion.fromWireName(cols[1]).orElseThrow().ordinal();
      double[][][] readings = null;
      if (faces.size() == 1) {
        readings = new double[variants.size()][][];
        for (int v = 0; v < variants.size(); v++) {
          float[] input =
              new ExpressionClassifier(List.of(human), variants.get(v)).crops(image, faces);
          float[] equalized = Equalization.equalized(input, 1, input.length);
          readings[v] =
              new double[][] {
                ExpressionClassifier.probabilities(human, input, 1)[0],
                ExpressionClassifier.mirrorAveraged(human, input, 1)[0],
                ExpressionClassifier.probabilities(mini, input, 1)[0],
                ExpressionClassifier.mirrorAveraged(mini, input, 1)[0],
                ExpressionClassifier.probabilities(mini, equalized, 1)[0],
                ExpressionClassifier.mirrorAveraged(mini, equalized, 1)[0]
              };
        }
      }
      outcomes.add(
          new Outcome(
              cols[0], gold, faces.size(), faces.isEmpty() ? null : faces.get(0), readings));
    }
    faceCounts(outcomes, choice, search);
    for (int v = 0; v < variants.size(); v++) {
      report(outcomes, variants.get(v), v);
    }
    String predictions = System.getProperty("face.predictions");
    if (predictions != null) {
      List<String> rows = new ArrayList<>();
      for (Outcome o : outcomes) {
        rows.add(o.file() + "\t" + productTop(o));
      }
      Files.write(Path.of(predictions), rows);
    }
  }

  /** The crop variants asked for: every combination of the listed scales and alignments. */
  private static List<FaceCrop> variants(DetectorChoice choice) {
    FaceCrop product =
        FaceCrop.product(FaceEmotionOptions.DEFAULT_CROP_SCALE * choice.kind().boxToBlazeFace());
    List<FaceCrop> out = new ArrayList<>();
    for (String scale : list("face.crop", "" + product.scale())) {
      for (String align :
          list("face.align", product.alignEyes() ? "" + product.minRollDegrees() : "off")) {
        boolean aligned = !"off".equals(align);
        out.add(
            new FaceCrop(
                Double.parseDouble(scale), aligned, aligned ? Double.parseDouble(align) : 0));
      }
    }
    return out;
  }

  private static List<String> list(String property, String fallback) {
    return Arrays.asList(System.getProperty(property, fallback).split(","));
  }

  private static void faceCounts(List<Outcome> outcomes, DetectorChoice choice, FaceSearch search) {
    long one = outcomes.stream().filter(o -> o.faces() == 1).count();
    long none = outcomes.stream().filter(o -> o.faces() == 0).count();
    long eyes = outcomes.stream().filter(o -> o.faces() == 1 && o.face().eyes() != null).count();
    long[] rolled = new long[3];
    double[] limits = {5, 10, 20};
    for (Outcome o : outcomes) {
      if (o.faces() == 1 && o.face().eyes() != null) {
        double degrees = Math.abs(Math.toDegrees(o.face().eyes().roll()));
        for (int i = 0; i < limits.length; i++) {
          rolled[i] += degrees >= limits[i] ? 1 : 0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "detector %s, search %s: %d photos, exactly one face %d (%.1f%%), none %d, more %d;"
            + " one-face photos with eye keypoints %d, roll >= 5/10/20 degrees: %d/%d/%d%n",
        choice.kind().id(),
        search,
        outcomes.size(),
        one,
        100.0 * one / outcomes.size(),
        none,
        outcomes.size() - one - none,
        eyes,
        rolled[0],
        rolled[1],
        rolled[2]);
  }

  private static void report(List<Outcome> outcomes, FaceCrop crop, int variant) {
    System.out.printf(Locale.ROOT, "%n== crop %s%n", crop);
    List<Outcome> scored = outcomes.stream().filter(o -> o.readings() != null).toList();
    StringBuilder summary = new StringBuilder("SUMMARY ").append(crop);
    for (int r = 0; r < READINGS.length; r++) {
      int reading = r;
      summary.append(" | ").append(READINGS[r]).append(' ');
      summary.append(print(READINGS[r], scored, o -> o.readings()[variant][reading]));
    }
    int[][] pairs = {{0, 2}, {1, 3}, {0, 3}, {0, 4}, {0, 5}};
    String[] names = {
      "ensemble",
      "ensemble+mirror both",
      "ensemble+mirror mini-xception only",
      "ensemble, mini-xception equalised",
      "ensemble, mini-xception equalised+mirror"
    };
    for (int e = 0; e < pairs.length; e++) {
      int h = pairs[e][0];
      int x = pairs[e][1];
      List<Photo> photos =
          scored.stream()
              .map(o -> new Photo(o.gold(), o.readings()[variant][h], o.readings()[variant][x]))
              .toList();
      Mix all = EnsembleFit.choose(photos, Search.WEIGHT);
      print(names[e] + " (" + all + ", chosen on all dev)", photos, all);
      Mix product = productMix();
      print(names[e] + " (product weight and class biases: " + product + ")", photos, product);
      System.out.printf(
          "%s, class biases chosen on all dev: %s%n",
          names[e], EnsembleFit.choose(photos, Search.CLASS_BIAS));
      for (Search s : Search.values()) {
        ClassificationReport cv = EnsembleFit.score(EnsembleFit.crossValidated(photos, s), photos);
        System.out.printf(
            Locale.ROOT,
            "%s, %s chosen by %d-fold CV inside dev: accuracy %.3f macro-F1 %.3f%n%s",
            names[e],
            s,
            EnsembleFit.FOLDS,
            cv.accuracy(),
            cv.macroF1(),
            Boolean.getBoolean("face.matrices") ? cv.render() : "");
        summary.append(
            String.format(
                Locale.ROOT, " | %s %s CV %.3f/%.3f", names[e], s, cv.accuracy(), cv.macroF1()));
      }
    }
    System.out.println(summary);
  }

  private static Mix productMix() {
    return new Mix(
        ExpressionClassifier.ENSEMBLE_HUMAN_WEIGHT, 1, 1, ExpressionClassifier.ensembleClassBias());
  }

  /** The product ensemble's top emotion (only the mini-Xception mirrored), or "-". */
  private static String productTop(Outcome o) {
    if (o.readings() == null) {
      return "-";
    }
    double[] p = productMix().apply(new Photo(o.gold(), o.readings()[0][0], o.readings()[0][3]));
    return Emotion.ofIndex(Metrics.argmax(p)).wireName();
  }

  private static void print(String label, List<Photo> photos, Mix mix) {
    show(label, EnsembleFit.score(photos, mix));
  }

  private static String print(String label, List<Outcome> photos, Function<Outcome, double[]> p) {
    List<Photo> gold = photos.stream().map(o -> new Photo(o.gold(), null, null)).toList();
    ClassificationReport m = EnsembleFit.score(photos.stream().map(p).toList(), gold);
    show(label, m);
    return String.format(Locale.ROOT, "%.3f/%.3f", m.accuracy(), m.macroF1());
  }

  private static void show(String label, ClassificationReport m) {
    System.out.printf(
        Locale.ROOT,
        "%s: accuracy %.3f macro-F1 %.3f%n%s",
        label,
        m.accuracy(),
        m.macroF1(),
        Boolean.getBoolean("face.matrices") ? m.render() : "");
  }
}
