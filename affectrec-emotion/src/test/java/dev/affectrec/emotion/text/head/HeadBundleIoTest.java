package dev.affectrec.emotion.text.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.emotion.text.features.NgramExtractor;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadBundleIoTest {

  static HeadBundle tinyBundle() {
    return tinyBundle(
        new SoftmaxModel(
            2, 3, new float[] {0.5f, -1f, 0.25f, -0.5f, 1f, 0f}, new float[] {0.1f, -0.1f}));
  }

  /** The tiny bundle with an MLP embedding half (3 inputs, 4 hidden units, 2 classes). */
  static HeadBundle tinyMlpBundle() {
    float[] w1 = new float[4 * 3];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) Math.cos(1.7 * i);
    }
    float[] w2 = {0.8f, -0.6f, 0.3f, 1.1f, -0.9f, 0.4f, -0.2f, 0.7f};
    return tinyBundle(
        new MlpModel(
            new SoftmaxModel(4, 3, w1, new float[] {0.1f, -0.2f, 0f, 0.3f}),
            new SoftmaxModel(2, 4, w2, new float[] {0.05f, -0.05f})));
  }

  private static HeadBundle tinyBundle(ProbabilityModel emb) {
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(
            NgramExtractor.ENGLISH, List.of("good movie", "bad movie", "good day"), 50);
    float[] w = new float[2 * vocab.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) Math.sin(i);
    }
    SoftmaxModel tfidf = new SoftmaxModel(2, vocab.size(), w, new float[] {0f, 0.2f});
    TextHead head =
        new TextHead(
            "sst2",
            List.of("negative", "positive"),
            false,
            emb,
            tfidf,
            0.4,
            1.3,
            0,
            new double[] {0.1, -0.1});
    Provenance provenance =
        new Provenance(
            "text-emotion-heads",
            "0.1.0",
            Instant.parse("2026-11-28T00:00:00Z"),
            Map.of("sst2/train.tsv", "abc"),
            Map.of("l2", "1e-4"),
            42,
            Map.of("sst2.dev.accuracy", 0.9));
    return new HeadBundle("en", "bge-small-en-v1.5-q", vocab, Map.of("sst2", head), provenance);
  }

  @Test
  void aBundleSurvivesSaveAndReload() throws IOException {
    HeadBundle bundle = tinyBundle();
    HeadBundle back = InMemoryBundles.reload(bundle, "memory");
    assertThat(back.provenance()).isEqualTo(bundle.provenance());
    assertThat(back.vocabulary().terms()).isEqualTo(bundle.vocabulary().terms());
    TextHead a = bundle.head("sst2");
    TextHead b = back.head("sst2");
    assertThat(b.temperature()).isEqualTo(1.3);
    assertThat(b.adjustment()).containsExactly(0.1, -0.1);
    SparseRow x = SparseRow.dense(new float[] {0.3f, 0.2f, -0.1f});
    SparseRow t = bundle.vocabulary().transform("good movie");
    double[] pa = a.probabilities(x, t);
    double[] pb = b.probabilities(x, back.vocabulary().transform("good movie"));
    for (int i = 0; i < pa.length; i++) {
      assertThat(pb[i]).isCloseTo(pa[i], within(0.02));
    }
    // A second round trip is exact: quantisation is idempotent.
    HeadBundle third = InMemoryBundles.reload(back, "memory");
    assertThat(third.head("sst2").tfidfModel().weights()).containsExactly(b.tfidfModel().weights());
  }

  @Test
  void anMlpHeadSurvivesSaveAndReload() throws IOException {
    HeadBundle bundle = tinyMlpBundle();
    HeadBundle back = InMemoryBundles.reload(bundle, "memory");
    MlpModel mlp = (MlpModel) back.head("sst2").embeddingModel();
    assertThat(mlp.hiddenUnits()).isEqualTo(4);
    assertThat(mlp.dimension()).isEqualTo(3);
    SparseRow x = SparseRow.dense(new float[] {0.3f, 0.2f, -0.1f});
    double[] pa = bundle.head("sst2").embeddingModel().probabilities(x);
    double[] pb = mlp.probabilities(x);
    for (int i = 0; i < pa.length; i++) {
      assertThat(pb[i]).isCloseTo(pa[i], within(0.02));
    }
    HeadBundle third = InMemoryBundles.reload(back, "memory");
    assertThat(((MlpModel) third.head("sst2").embeddingModel()).hidden().weights())
        .containsExactly(mlp.hidden().weights());
  }

  @Test
  void corruptAndTruncatedFilesGiveClearErrors() throws IOException {
    assertThatThrownBy(
            () -> HeadBundleIo.read(new ByteArrayInputStream("not a model".getBytes()), "x.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("x.bin.gz");
    byte[] bytes = InMemoryBundles.bytes(tinyBundle());
    byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> HeadBundleIo.read(new ByteArrayInputStream(cut), "cut.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut.bin.gz");
    assertThatThrownBy(() -> tinyBundle().head("nlpcc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlpcc");
  }

  @Test
  void tfidfRowsAreUnitLengthAndIgnoreUnknownTerms() {
    TfidfVocabulary vocab = tinyBundle().vocabulary();
    SparseRow row = vocab.transform("good good movie");
    double norm = 0;
    for (float v : row.values()) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1, within(1e-5));
    assertThat(vocab.transform("zzzz qqqq").size()).isZero();
  }
}
