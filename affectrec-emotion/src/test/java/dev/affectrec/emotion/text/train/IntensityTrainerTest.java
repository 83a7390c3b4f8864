package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.features.NgramExtractor;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.emotion.text.head.SparseRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntensityTrainerTest {
  private static final String[] STRONG = {"absolutely", "furious", "adore", "hate"};
  private static final String[] MILD = {"okay", "fine", "somewhat", "alright"};

  /** Texts whose target is carried by the first embedding value (noisy) and by their words. */
  private static IntensityTrainer.Rows rows(int n, long seed, TfidfVocabulary vocab) {
    Random random = new Random(seed);
    List<SparseRow> emb = new ArrayList<>();
    List<SparseRow> tfidf = new ArrayList<>();
    double[] y = new double[n];
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      y[i] = random.nextDouble();
      String[] words = y[i] > 0.5 ? STRONG : MILD;
      String text = "it was " + words[random.nextInt(4)];
      float signal = (float) (2 * y[i] - 1 + 0.3 * random.nextGaussian());
      emb.add(HeadInputs.embeddingRow(new float[] {signal, 0.5f}, text, false));
      tfidf.add(vocab.transform(text));
      sources.add(i % 2 == 0 ? "tweets" : "nyt");
    }
    return new IntensityTrainer.Rows(emb, tfidf, y, sources);
  }

  @Test
  void learnsTheRatingsAndScoresItselfAgainstTheFormulaOnDev() {
    List<String> words = new ArrayList<>(List.of(STRONG));
    words.addAll(List.of(MILD));
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(
            NgramExtractor.ENGLISH, words.stream().map(w -> "it was " + w).toList(), 200);
    IntensityTrainer.Rows train = rows(400, 1, vocab);
    IntensityTrainer.Rows dev = rows(100, 2, vocab);
    double[] constantish = new double[100];
    for (int i = 0; i < constantish.length; i++) {
      constantish[i] = 0.5 + 0.01 * (i % 3);
    }
    TrainConfig config =
        new TrainConfig(1, 1, Map.of(), 1e-4, 1e-4, 80, Map.of(), 200, MlpConfig.off());
    IntensityTrainer.Trained trained =
        new IntensityTrainer(config).train(train, dev, constantish, 8, vocab.size());

    assertThat(trained.head().task()).isEqualTo(Intensity.TASK);
    assertThat(trained.head().labels()).isEqualTo(Intensity.LABELS);
    Map<String, Double> m = trained.metrics();
    assertThat(m.get("intensity.dev.pearson")).isGreaterThan(0.8);
    assertThat(m.get("intensity.dev.pearsonOddHalf")).isGreaterThan(0.75);
    assertThat(m.get("intensity.dev.mae")).isLessThan(0.2);
    assertThat(m.get("intensity.dev.formula.pearson")).isBetween(-0.3, 0.3);
    assertThat(m)
        .containsKeys(
            "intensity.dev.pearson.tweets",
            "intensity.dev.pearson.nyt",
            "intensity.dev.embeddingOnly.pearson",
            "intensity.dev.formula.mae",
            "intensity.dev.embeddingWeight");
    assertThat(m.get("intensity.dev.examples")).isEqualTo(100.0);
    // Same data, same head: the trainer is deterministic.
    IntensityTrainer.Trained again =
        new IntensityTrainer(config).train(train, dev, constantish, 8, vocab.size());
    assertThat(again.metrics()).isEqualTo(m);
  }

  @Test
  void withoutFormulaValuesOnlyTheHeadIsScored() {
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(NgramExtractor.ENGLISH, List.of("it was okay", "it was furious"), 50);
    IntensityTrainer.Trained trained =
        new IntensityTrainer(
                new TrainConfig(1, 1, Map.of(), 1e-4, 1e-4, 20, Map.of(), 50, MlpConfig.off()))
            .train(rows(100, 3, vocab), rows(40, 4, vocab), null, 8, vocab.size());
    assertThat(trained.metrics()).containsKey("intensity.dev.pearson");
    assertThat(trained.metrics().keySet()).noneMatch(k -> k.contains("formula"));
  }
}
