package dev.affectrec.emotion.text.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEncoderTest {

  @Test
  void batchedPaddedAndChunkedEmbeddingsAgreeWithSingleOnes() {
    try (SentenceEncoder encoder =
        SentenceEncoder.load(EncoderSpec.BGE_SMALL_ZH.withWindowTokens(16), 2)) {
      List<String> texts = List.of("酒店很好", "房间很干净，服务也很周到，下次还会再来这家酒店住。", "");
      float[][] batch = encoder.embed(texts, 8);
      float[][] single = encoder.embed(List.of(texts.get(0)), 8);
      assertThat(batch).hasNumberOfRows(3);
      assertThat(batch[0]).hasSize(512);
      double cos = 0;
      double norm = 0;
      for (int d = 0; d < 512; d++) {
        cos += batch[0][d] * single[0][d];
        norm += batch[1][d] * batch[1][d];
      }
      // int8 models give slightly different vectors with and without padding.
      assertThat(cos).isGreaterThan(0.98);
      assertThat(norm).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void batchesStaySortedWithinTheTokenBudgetAndThreadsDoNotChangeTheVectors() {
    EncoderSpec spec = EncoderSpec.BGE_SMALL_ZH.withWindowTokens(32).withBatchTokens(96);
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("房间很干净".repeat(i % 13) + i);
    }
    try (SentenceEncoder parallel = SentenceEncoder.load(spec, 2);
        SentenceEncoder single = SentenceEncoder.load(spec, 1)) {
      List<List<int[]>> plan = parallel.plan(texts, 4);
      int windows = 0;
      int previous = 0;
      for (List<int[]> batch : plan) {
        int longest = batch.get(batch.size() - 1).length;
        assertThat(batch.size() == 1 || batch.size() * longest <= 96).isTrue();
        assertThat(batch.size()).isLessThanOrEqualTo(spec.batchSize());
        for (int[] window : batch) {
          assertThat(window.length).isBetween(previous, 32);
          previous = window.length;
        }
        windows += batch.size();
      }
      assertThat(windows).isGreaterThan(texts.size());
      assertThat(plan.size()).isGreaterThan(1);
      float[][] a = parallel.embed(texts, 4);
      float[][] b = single.embed(texts, 4);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(a[i]).as("text " + i).containsExactly(b[i]);
      }
    }
  }

  @Test
  void clsAndMeanPoolingIsBothHalvesEachAtNormOneOverRootTwo() {
    EncoderSpec cls = EncoderSpec.BGE_SMALL_EN.withPooling(Pooling.CLS).withWindowTokens(32);
    List<String> texts = List.of("I am furious about the cancelled order.", "What a lovely day");
    try (SentenceEncoder clsOnly = SentenceEncoder.load(cls, 1);
        SentenceEncoder meanOnly = SentenceEncoder.load(cls.withPooling(Pooling.MEAN), 1);
        SentenceEncoder both = SentenceEncoder.load(cls.withPooling(Pooling.CLS_AND_MEAN), 1)) {
      assertThat(cls.withPooling(Pooling.CLS_AND_MEAN).embeddingDimension()).isEqualTo(768);
      float[][] a = clsOnly.embed(texts, 1);
      float[][] m = meanOnly.embed(texts, 1);
      float[][] ab = both.embed(texts, 1);
      double root2 = Math.sqrt(2);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(ab[i]).hasSize(768);
        double norm = 0;
        for (int d = 0; d < 384; d++) {
          assertThat((double) ab[i][d]).isCloseTo(a[i][d] / root2, within(1e-5));
          assertThat((double) ab[i][384 + d]).isCloseTo(m[i][d] / root2, within(1e-5));
          norm += ab[i][d] * ab[i][d] + ab[i][384 + d] * ab[i][384 + d];
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
      }
    }
  }

  @Test
  void specsRejectATokenBudgetBelowTheWindow() {
    assertThatThrownBy(() -> EncoderSpec.BGE_SMALL_EN.withBatchTokens(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchTokens");
    assertThat(EncoderSpec.BGE_SMALL_EN.withWindowTokens(512).batchTokens()).isEqualTo(512);
    assertThat(EncoderSpec.ALL_MINILM_L6.pooling()).isEqualTo(Pooling.MEAN);
  }

  @Test
  void missingAndCorruptModelFilesGiveClearErrors(@TempDir Path dir) throws Exception {
    Path tokenizer = dir.resolve("tokenizer.json");
    Files.writeString(
        tokenizer,
        "{\"model\":{\"type\":\"WordPiece\",\"vocab\":{\"[UNK]\":0,\"[CLS]\":1,\"[SEP]\":2}}}");
    assertThatThrownBy(
            () ->
                SentenceEncoder.load(
                    EncoderSpec.BGE_SMALL_EN, dir.resolve("missing.onnx"), tokenizer, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing.onnx");
    Path corrupt = dir.resolve("corrupt.onnx");
    Files.write(corrupt, new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> SentenceEncoder.load(EncoderSpec.BGE_SMALL_EN, corrupt, tokenizer, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corrupt or not ONNX");
    assertThatThrownBy(
            () -> SentenceEncoder.load(new EncoderSpec("x", "nope.onnx", "nope.json", 4, 16, 1), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope.onnx");
  }
}
