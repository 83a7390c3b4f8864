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
    TfidfVocabulary vocab =
        TfidfVocabulary.fit(
            NgramExtractor.ENGLISH, List.of("good movie", "bad movie", "good day"), 50);
    SoftmaxModel emb =
        new SoftmaxModel(
            2, 3, new float[] {0.5f, -1f, 0.25f, -0.5f, 1f, 0f}, new float[] {0.1f, -0.1f});
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
