package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.Intensity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadBundlesTest {

  @Test
  void shippedBundlesCarryProvenanceWithDevMetrics() {
    HeadBundle en = HeadBundles.shipped("en");
    assertThat(en.heads())
        .containsKeys(
            "sst2",
            "goemotions-ekman",
            "goemotions",
            "carer",
            Intensity.TASK,
            "emotion-en",
            "polarity-en");
    assertThat(en.provenance().metrics().get("intensity.dev.pearson")).isGreaterThan(0.70);
    assertThat(en.provenance().datasets())
        .containsKey("vader-sentiment-ground-truth/tweets_GroundTruth.txt");
    assertThat(en.provenance().seed()).isEqualTo(42);
    assertThat(en.provenance().metrics().get("sst2.dev.accuracy")).isGreaterThan(0.90);
    assertThat(en.provenance().datasets()).containsKey("sst2/train.tsv");
    HeadBundle zh = HeadBundles.shipped("zh");
    assertThat(zh.heads()).containsKeys("online-shopping", "chnsenticorp", "nlpcc", "polarity-zh");
    assertThat(zh.encoder()).isEqualTo("bge-small-zh-v1.5-q");
    assertThat(zh.heads()).doesNotContainKey(Intensity.TASK);
  }

  @Test
  void missingAndCorruptHeadFilesGiveClearErrors(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> HeadBundles.shipped("fr"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text-heads-fr.bin.gz");
    assertThatThrownBy(() -> HeadBundles.fromFile(dir.resolve("none.bin.gz")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none.bin.gz");
    Path corrupt = dir.resolve("corrupt.bin.gz");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    assertThatThrownBy(() -> HeadBundles.fromFile(corrupt))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corrupt.bin.gz");
  }
}
