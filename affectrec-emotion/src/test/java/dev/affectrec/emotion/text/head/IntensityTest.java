package dev.affectrec.emotion.text.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntensityTest {

  /** The tiny English bundle plus every head a reading needs, the intensity head included. */
  static HeadBundle readingBundle() {
    HeadBundle tiny = HeadBundleIoTest.tinyBundle();
    TextHead sst2 = tiny.head("sst2");
    int vocab = tiny.vocabulary().size();
    Map<String, TextHead> heads = new LinkedHashMap<>(tiny.heads());
    String emotion = LanguageTasks.ENGLISH.emotion();
    String polarity = LanguageTasks.ENGLISH.polarity();
    heads.put(emotion, uniformHead(emotion, 7, vocab));
    heads.putIfAbsent(polarity, uniformHead(polarity, 2, vocab));
    heads.put("goemotions", uniformHead("goemotions", 28, vocab));
    heads.put(
        Intensity.TASK,
        Intensity.head(
            new SoftmaxModel(2, 3, new float[] {0, 0, 0, 2f, -1f, 0.5f}, new float[] {0, -0.3f}),
            sst2.tfidfModel(),
            0.8));
    return new HeadBundle("en", tiny.encoder(), tiny.vocabulary(), heads, tiny.provenance());
  }

  private static TextHead uniformHead(String task, int k, int vocab) {
    List<String> labels = java.util.stream.IntStream.range(0, k).mapToObj(i -> "l" + i).toList();
    return new TextHead(
        task,
        labels,
        false,
        new SoftmaxModel(k, 3, new float[k * 3], new float[k]),
        new SoftmaxModel(k, vocab, new float[k * vocab], new float[k]),
        0.5,
        1,
        0,
        new double[k]);
  }

  @Test
  void theDerivedFormulaMatchesHandComputedValues() {
    // (1 - 0.25) * max(0.2, 0.8) = 0.6
    assertThat(Intensity.derived(0.25, new double[] {0.2, 0.8})).isCloseTo(0.6, within(1e-12));
    assertThat(Intensity.derived(1, new double[] {0.5, 0.5})).isZero();
    assertThat(Intensity.derived(0, new double[] {1, 0})).isEqualTo(1.0);
  }

  @Test
  void theTrainedHeadSurvivesSaveAndReloadAndPredictsInTheUnitInterval() throws IOException {
    HeadBundle bundle = readingBundle();
    HeadBundle back = InMemoryBundles.reload(bundle, "memory");
    TextHead a = bundle.head(Intensity.TASK);
    TextHead b = back.head(Intensity.TASK);
    assertThat(b.labels()).isEqualTo(Intensity.LABELS);
    assertThat(b.embeddingWeight()).isEqualTo(0.8);
    assertThat(b.temperature()).isEqualTo(1.0);
    for (float[] x : List.of(new float[] {1, 0, 0}, new float[] {-1, 0.5f, 0}, new float[3])) {
      SparseRow emb = SparseRow.dense(x);
      SparseRow tfidf = bundle.vocabulary().transform("good movie");
      double ya = Intensity.predict(a, emb, tfidf);
      double yb = Intensity.predict(b, emb, back.vocabulary().transform("good movie"));
      assertThat(yb).isBetween(0.0, 1.0).isCloseTo(ya, within(0.02));
    }
    LanguageTasks.ENGLISH.requireHeads(back);
  }

  @Test
  void anOlderBundleWithoutTheIntensityHeadIsRejectedWithAClearMessage() throws IOException {
    HeadBundle full = readingBundle();
    Map<String, TextHead> heads = new LinkedHashMap<>(full.heads());
    heads.remove(Intensity.TASK);
    HeadBundle old =
        new HeadBundle("en", full.encoder(), full.vocabulary(), heads, full.provenance());
    // The file format is unchanged, so the old bundle still saves and loads ...
    HeadBundle back = InMemoryBundles.reload(old, "old");
    // ... but it cannot make English readings.
    assertThatThrownBy(() -> LanguageTasks.ENGLISH.requireHeads(back))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'intensity' head")
        .hasMessageContaining("predates the trained intensity head")
        .hasMessageContaining("affectrec emotion train --language en");
    // Chinese readings need no intensity head.
    assertThat(LanguageTasks.CHINESE.intensity()).isNull();
  }
}
