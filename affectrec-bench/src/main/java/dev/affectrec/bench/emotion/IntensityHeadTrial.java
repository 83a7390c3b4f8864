package dev.affectrec.bench.emotion;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import dev.affectrec.emotion.text.features.CueFeatures;
import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.head.SoftmaxModel;
import dev.affectrec.emotion.text.head.SoftmaxTrainer;
import dev.affectrec.emotion.text.head.SparseRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Would a trained English intensity head beat the derived value? Trains an embedding head on the
 * VADER ground truth (tweets, Amazon and NYT snippets; the movie snippets share their source with
 * SST-2) with soft targets {@code [1 - y, y]}, {@code y = |rating| / 4}, on a seeded 80% and scores
 * the other 20% by Pearson r against the derived {@code intensity} of the shipped pipeline on the
 * same texts. A measurement only: the head is not shipped.
 *
 * <p>{@code java -cp benchmarks.jar dev.affectrec.bench.emotion.IntensityHeadTrial DATA_DIR}
 */
public final class IntensityHeadTrial {
  private static final long SEED = 20131;

  private IntensityHeadTrial() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve("vader-sentiment-ground-truth");
    List<String> texts = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    for (String file :
        List.of(
            "tweets_GroundTruth.txt",
            "amazonReviewSnippets_GroundTruth.txt",
            "nytEditorialSnippets_GroundTruth.txt")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 3);
        if (f.length == 3) {
          texts.add(f[2]);
          targets.add(Math.min(1, Math.abs(Double.parseDouble(f[1])) / 4));
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int devSize = texts.size() / 5;
    List<Integer> dev = order.subList(0, devSize);
    List<Integer> train = order.subList(devSize, order.size());
    float[][] vectors;
    try (SentenceEncoder encoder =
        SentenceEncoder.load(EncoderSpec.BGE_SMALL_EN.withWindowTokens(128), 2)) {
      vectors = encoder.embed(texts, 1);
    }
    List<SparseRow> trainRows = new ArrayList<>();
    List<double[]> trainTargets = new ArrayList<>();
    for (int i : train) {
      trainRows.add(HeadInputs.embeddingRow(vectors[i], texts.get(i), false));
      trainTargets.add(new double[] {1 - targets.get(i), targets.get(i)});
    }
    SoftmaxModel head =
        new SoftmaxTrainer(1e-4, 60, 4)
            .train(
                trainRows,
                trainTargets,
                EncoderSpec.BGE_SMALL_EN.dimension() + CueFeatures.COUNT,
                2);
    double[] gold = new double[devSize];
    double[] trained = new double[devSize];
    List<String> devTexts = new ArrayList<>();
    for (int j = 0; j < devSize; j++) {
      int i = dev.get(j);
      gold[j] = targets.get(i);
      trained[j] = head.probabilities(HeadInputs.embeddingRow(vectors[i], texts.get(i), false))[1];
      devTexts.add(texts.get(i));
    }
    double[] derived = new double[devSize];
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      List<TextEmotionResult> results = recognizer.readAll(devTexts);
      for (int j = 0; j < devSize; j++) {
        derived[j] = results.get(j).reading().intensity();
      }
    }
    System.out.printf(
        "VADER intensity, train %d, held-out %d: Pearson r trained head %.3f, derived intensity"
            + " %.3f%n",
        train.size(),
        devSize,
        IntensityCheck.pearson(trained, gold),
        IntensityCheck.pearson(derived, gold));
  }
}
