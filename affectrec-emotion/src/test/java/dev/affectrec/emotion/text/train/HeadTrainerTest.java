package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.data.Example;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.features.HeadInputs;
import dev.affectrec.emotion.text.features.NgramExtractor;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import dev.affectrec.emotion.text.head.SparseRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadTrainerTest {

  private static List<Example> examples(int n, long seed) {
    Random random = new Random(seed);
    String[] good = {"great", "lovely", "happy", "wonderful"};
    String[] bad = {"awful", "sad", "terrible", "broken"};
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int label = i % 2;
      String[] words = label == 1 ? good : bad;
      out.add(
          Example.of(
              "it was " + words[random.nextInt(4)] + " and " + words[random.nextInt(4)], label));
    }
    return out;
  }

  private static HeadTrainer.SplitRows rows(List<Example> examples, TfidfVocabulary vocab) {
    List<SparseRow> emb = new ArrayList<>();
    List<SparseRow> tfidf = new ArrayList<>();
    for (Example e : examples) {
      float[] v = {e.label() == 1 ? 0.6f : -0.6f, 0.8f};
      emb.add(HeadInputs.embeddingRow(v, e.text(), false));
      tfidf.add(vocab.transform(e.text()));
    }
    return new HeadTrainer.SplitRows(emb, tfidf, HeadTrainer.gold(examples));
  }

  @Test
  void trainsTunesAndCalibratesOnDevOnly() {
    List<Example> train = examples(200, 1);
    List<Example> dev = examples(60, 2);
    TextDataset ds =
        new TextDataset("toy", "en", List.of("negative", "positive"), false, train, dev, Map.of());
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(
            NgramExtractor.ENGLISH, train.stream().map(Example::text).toList(), 500);
    TrainConfig config =
        new TrainConfig(1, 1, Map.of(), 1e-3, 1e-4, 60, Map.of(), 500, MlpConfig.everyHead());
    HeadTrainer.Trained trained =
        new HeadTrainer(config)
            .train(ds, rows(train, vocab), rows(train, vocab), rows(dev, vocab), 8, vocab.size());
    assertThat(trained.dev().accuracy()).isEqualTo(1.0);
    assertThat(trained.metrics())
        .containsKeys(
            "toy.dev.accuracy",
            "toy.dev.eceHeldOutHalf",
            "toy.dev.temperature",
            "toy.dev.mlp.headline",
            "toy.dev.embeddingMlp");
    assertThat(trained.head().temperature()).isBetween(0.3, 5.0);
    assertThat(trained.heldOutEce()).isBetween(0.0, 0.5);
  }

  @Test
  void temperatureScalingSoftensOverconfidentPredictions() {
    List<double[]> p = new ArrayList<>();
    List<int[]> gold = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      p.add(new double[] {0.99, 0.01});
      gold.add(new int[] {i % 4 == 0 ? 1 : 0});
    }
    assertThat(Calibration.fitTemperature(p, gold, 2)).isGreaterThan(1.5);
  }
}
