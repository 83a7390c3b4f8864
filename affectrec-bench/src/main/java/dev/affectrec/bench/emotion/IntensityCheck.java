package dev.affectrec.bench.emotion;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How well the reading's derived {@code intensity} (a formula over the calibrated heads, see
 * ReadingAssembler) and {@code valence} follow human ratings: Pearson correlation with the VADER
 * ground truth (mean of 20 raters on [-4, 4]), intensity against |rating| / 4 and valence against
 * rating / 4. No training and no tuning here: an evaluation of the shipped pipeline on data it
 * never saw.
 *
 * <p>{@code java -cp benchmarks.jar dev.affectrec.bench.emotion.IntensityCheck DATA_DIR [FILE...]},
 * files from {@code vader-sentiment-ground-truth} (default: the tweets and the Amazon snippets).
 */
public final class IntensityCheck {
  private IntensityCheck() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve("vader-sentiment-ground-truth");
    List<String> files =
        args.length > 1
            ? List.of(args).subList(1, args.length)
            : List.of("tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt");
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      for (String file : files) {
        List<String> texts = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
          lineNo++;
          String[] f = line.split("\t", 3);
          if (f.length < 3) {
            throw new IOException(file + " line " + lineNo + ": expected id<TAB>rating<TAB>text");
          }
          ratings.add(Double.parseDouble(f[1]));
          texts.add(f[2]);
        }
        List<TextEmotionResult> results = recognizer.readAll(texts);
        double[] intensity = new double[texts.size()];
        double[] valence = new double[texts.size()];
        double[] humanIntensity = new double[texts.size()];
        double[] humanValence = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
          EmotionReading r = results.get(i).reading();
          intensity[i] = r.intensity();
          valence[i] = r.valence();
          humanIntensity[i] = Math.abs(ratings.get(i)) / 4;
          humanValence[i] = ratings.get(i) / 4;
        }
        System.out.printf(
            "%s (%d texts): Pearson r intensity vs |rating| %.3f, valence vs rating %.3f%n",
            file, texts.size(), pearson(intensity, humanIntensity), pearson(valence, humanValence));
      }
    }
  }

  static double pearson(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i] / a.length;
      mb += b[i] / b.length;
    }
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return cov / Math.sqrt(va * vb);
  }
}
