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
