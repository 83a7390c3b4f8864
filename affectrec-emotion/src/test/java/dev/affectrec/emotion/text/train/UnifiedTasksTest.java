package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.HeadBundles;
import dev.affectrec.emotion.text.data.TextDataset;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unified English emotion head on a tiny slice of real GoEmotions and CARER data: one dataset
 * of both corpora in the unified label order (love as joy), trained by the real job through the
 * embedding cache. Skips without shared/data unless CI=true.
 */
class UnifiedTasksTest {

  private static void copyHead(Path from, Path to, int lines) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<String> in = Files.lines(from, StandardCharsets.UTF_8)) {
      Files.write(to, in.limit(lines).toList(), StandardCharsets.UTF_8);
    }
  }

  private static Path tinyData(Path work) throws IOException {
    Path data = work.resolve("data");
    Path carer = SharedData.require("data/carer-emotion");
    copyHead(carer.resolve("train.jsonl"), data.resolve("carer-emotion/train.jsonl"), 300);
    copyHead(
        carer.resolve("validation.jsonl"), data.resolve("carer-emotion/validation.jsonl"), 100);
    Path go = SharedData.require("data/goemotions");
    copyHead(go.resolve("train.tsv"), data.resolve("goemotions/train.tsv"), 300);
    copyHead(go.resolve("dev.tsv"), data.resolve("goemotions/dev.tsv"), 100);
    for (String file : List.of("emotions.txt", "ekman_mapping.json")) {
      Files.copy(go.resolve(file), data.resolve("goemotions/" + file));
    }
    return data;
  }

  @Test
  void emotionEnJoinsGoEmotionsEkmanAndCarerWithLoveAsJoy(@TempDir Path work) throws IOException {
    TextDataset ds =
        UnifiedTasks.load(UnifiedTasks.EMOTION_EN, tinyData(work), TrainConfig.defaults());
    assertThat(ds.labels())
        .containsExactly("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral");
    assertThat(ds.train()).hasSize(600);
    assertThat(ds.dev()).hasSize(200);
    assertThat(ds.multiLabel()).isTrue();
    assertThat(ds.fileHashes()).containsKeys("goemotions/train.tsv", "carer-emotion/train.jsonl");
    // CARER's first training line is "i didnt feel humiliated" (sadness), its love lines are joy.
    assertThat(ds.train().get(300).labels()).containsExactly(4);
    assertThat(ds.train().stream().flatMapToInt(e -> java.util.Arrays.stream(e.labels())))
        .allMatch(l -> l >= 0 && l < 7);
  }

  @Test
  void theJobTrainsTheUnifiedHeadThroughTheCache(@TempDir Path work) throws IOException {
    Path data = tinyData(work);
    TrainConfig config =
        new TrainConfig(42, 2, Map.of(), 1e-4, 1e-5, 10, Map.of(), 2_000, MlpConfig.off());
    TrainOptions options =
        new TrainOptions(
            data,
            work.resolve("cache"),
            work.resolve("out"),
            List.of("en"),
            config,
            List.of(UnifiedTasks.EMOTION_EN));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new TrainTextHeadsJob(options, quiet).run();

    HeadBundle bundle =
        HeadBundles.fromFile(work.resolve("out").resolve(TrainTextHeadsJob.bundleFile("en")));
    assertThat(bundle.heads()).containsOnlyKeys(UnifiedTasks.EMOTION_EN);
    assertThat(bundle.head(UnifiedTasks.EMOTION_EN).labels()).hasSize(7).contains("neutral");
    assertThat(bundle.provenance().metrics().get("emotion-en.dev.macroF1")).isBetween(0.05, 1.0);
    TextDataset ds = UnifiedTasks.load(UnifiedTasks.EMOTION_EN, data, config);
    long distinct =
        Stream.concat(ds.train().stream(), ds.dev().stream()).map(e -> e.text()).distinct().count();
    EncoderSpec spec = EncoderSpec.BGE_SMALL_EN.withWindowTokens(EmbedDatasetsMain.TRAIN_WINDOW);
    assertThat(new EmbeddingCache(work.resolve("cache")).size(spec)).isEqualTo((int) distinct);
  }
}
