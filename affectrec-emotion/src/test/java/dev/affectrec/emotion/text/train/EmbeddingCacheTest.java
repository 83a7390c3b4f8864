package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

  @Test
  void secondCallReadsTheCacheAndChangedTextsAreReEmbedded(@TempDir Path dir) {
    EmbeddingCache cache = new EmbeddingCache(dir);
    try (SentenceEncoder encoder =
        SentenceEncoder.load(EncoderSpec.BGE_SMALL_ZH.withWindowTokens(32), 1)) {
      float[][] first = cache.embed(encoder, "toy-train", List.of("很好", "很差"), null);
      Path file = dir.resolve(encoder.spec().name()).resolve("toy-train.f32");
      assertThat(file).exists();
      float[][] again = cache.embed(encoder, "toy-train", List.of("很好", "很差"), null);
      assertThat(again[1]).containsExactly(first[1]);
      float[][] changed = cache.embed(encoder, "toy-train", List.of("很好", "一般"), null);
      assertThat(changed[1]).isNotEqualTo(first[1]);
      assertThat(Files.isRegularFile(file)).isTrue();
    }
  }
}
