package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  private static final EncoderSpec SPEC = EncoderSpec.BGE_SMALL_ZH.withWindowTokens(32);

  @Test
  void eachDistinctTextIsEmbeddedOnceAcrossCallsAndRuns(@TempDir Path dir) {
    try (SentenceEncoder encoder = SentenceEncoder.load(SPEC, 1)) {
      EmbeddingCache cache = new EmbeddingCache(dir);
      List<Long> embedded = new ArrayList<>();
      float[][] first = cache.embed(encoder, List.of("很好", "很差", "很好"), embedded::add);
      assertThat(embedded).containsExactly(2L);
      assertThat(first[2]).containsExactly(first[0]);
      assertThat(cache.file(SPEC)).exists().hasFileName("bge-small-zh-v1.5-q-w32.emb");

      embedded.clear();
      float[][] other = cache.embed(encoder, List.of("一般", "很差"), embedded::add);
      assertThat(embedded).containsExactly(1L);
      assertThat(other[1]).containsExactly(first[1]);

      EmbeddingCache reopened = new EmbeddingCache(dir);
      assertThat(reopened.size(SPEC)).isEqualTo(3);
      embedded.clear();
      float[][] again = reopened.embed(encoder, List.of("很差", "一般"), embedded::add);
      assertThat(embedded).isEmpty();
      assertThat(again[0]).containsExactly(first[1]);
      assertThat(again[1]).containsExactly(other[0]);
      assertThat(again[0]).isNotEqualTo(again[1]);
    }
  }

  @Test
  void aTornLastRecordFromAnInterruptedRunIsDroppedAndReEmbedded(@TempDir Path dir)
      throws IOException {
    try (SentenceEncoder encoder = SentenceEncoder.load(SPEC, 1)) {
      float[][] first = new EmbeddingCache(dir).embed(encoder, List.of("很好", "很差"), null);
      Path file = new EmbeddingCache(dir).file(SPEC);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(Files.size(file) - 100);
      }
      EmbeddingCache resumed = new EmbeddingCache(dir);
      assertThat(resumed.size(SPEC)).isEqualTo(1);
      List<Long> embedded = new ArrayList<>();
      float[][] again = resumed.embed(encoder, List.of("很好", "很差"), embedded::add);
      assertThat(embedded).containsExactly(1L);
      assertThat(again[0]).containsExactly(first[0]);
      assertThat(new EmbeddingCache(dir).size(SPEC)).isEqualTo(2);
    }
  }
}
