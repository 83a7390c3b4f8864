package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.HeadBundles;
import dev.affectrec.emotion.text.data.DatasetFiles;
import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.HeadBundleIo;
import dev.affectrec.emotion.text.head.Intensity;
import dev.affectrec.testkit.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emotion train} with the same seed reproduces its heads and metrics: the real job, twice,
 * on a small slice of real CARER data and of the VADER ground truth (intensity head) writes
 * byte-identical head files and provenance: the first run from an empty embedding cache, the second
 * from a cache filled ahead by {@link EmbedDatasetsMain} (so the encoder is re-run too, and the
 * cache's fill order is shown not to change a vector). The shipped bundles are checked to be what
 * this code writes with the default configuration, so that {@code emotion train} with the same seed
 * (and the shipped {@code createdAt}) reproduces them byte for byte: docs/EVALUATION.md, "The
 * English bundle retrained with the current code". Skips without shared/data unless CI=true.
 */
class TrainingReproducibilityTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private static void copyHead(Path from, Path to, int lines) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<String> in = Files.lines(from, StandardCharsets.UTF_8)) {
      Files.write(to, in.limit(lines).toList(), StandardCharsets.UTF_8);
    }
  }

  private static Path train(Path data, Path work, String run) {
    TrainConfig config =
        new TrainConfig(
            42,
            2,
            Map.of("carer", 200),
            1e-4,
            1e-5,
            20,
            Map.of("carer", 25),
            2_000,
            MlpConfig.everyHead());
    TrainOptions options =
        new TrainOptions(
            data,
            work.resolve(run + "-cache"),
            work.resolve(run),
            List.of("en"),
            config,
            List.of("carer", Intensity.TASK));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new TrainTextHeadsJob(options, quiet, Clock.fixed(CREATED, ZoneOffset.UTC)).run();
    return work.resolve(run);
  }

  @Test
  void sameSeedWritesByteIdenticalHeadsAndMetrics(@TempDir Path work) throws IOException {
    Path shared = SharedData.require("data/carer-emotion");
    Path data = work.resolve("data");
    copyHead(shared.resolve("train.jsonl"), data.resolve("carer-emotion/train.jsonl"), 600);
    copyHead(
        shared.resolve("validation.jsonl"), data.resolve("carer-emotion/validation.jsonl"), 200);
    Path vader = SharedData.require("data/vader-sentiment-ground-truth");
    for (String file :
        List.of(
            "tweets_GroundTruth.txt",
            "amazonReviewSnippets_GroundTruth.txt",
            "nytEditorialSnippets_GroundTruth.txt")) {
      copyHead(vader.resolve(file), data.resolve("vader-sentiment-ground-truth/" + file), 150);
    }

    Path first = train(data, work, "first");
    // The second run's cache is filled ahead by the background tool, as for the shipped heads.
    EmbedDatasetsMain.main(
        new String[] {
          data.toString(), work.resolve("second-cache").toString(), "carer", "vader-intensity"
        });
    Path second = train(data, work, "second");

    String bin = TrainTextHeadsJob.bundleFile("en");
    String json = "text-heads-en.provenance.json";
    assertThat(Files.mismatch(first.resolve(bin), second.resolve(bin))).isEqualTo(-1L);
    assertThat(Files.mismatch(first.resolve(json), second.resolve(json))).isEqualTo(-1L);
    assertThat(format(Files.readAllBytes(first.resolve(bin)))).isEqualTo(HeadBundleIo.FORMAT);

    HeadBundle bundle = HeadBundles.fromFile(first.resolve(bin));
    assertThat(bundle.provenance().seed()).isEqualTo(42);
    assertThat(bundle.provenance().createdAt()).isEqualTo(CREATED);
    assertThat(bundle.provenance().datasets())
        .containsEntry(
            "carer-emotion/train.jsonl",
            DatasetFiles.sha256(data.resolve("carer-emotion/train.jsonl")));
    assertThat(bundle.provenance().parameters())
        .containsEntry("maxTrain.carer", "200")
        .containsEntry("iterations", "20")
        .containsEntry("taskIterations.carer", "25");
    for (java.lang.reflect.RecordComponent c : TrainConfig.class.getRecordComponents()) {
      assertThat(bundle.provenance().parameters().keySet())
          .as(c.getName())
          .anyMatch(key -> key.equals(c.getName()) || key.startsWith(c.getName() + "."));
    }
    assertThat(bundle.provenance().metrics().get("carer.dev.macroF1")).isBetween(0.2, 1.0);
    // The MLP was trained too (its held-out loss is in the byte-identical provenance).
    assertThat(bundle.provenance().metrics())
        .containsKeys("carer.dev.mlp.validationLoss", "carer.dev.embeddingMlp");
    assertThat(bundle.heads()).containsOnlyKeys("carer", Intensity.TASK);
    assertThat(bundle.provenance().metrics().get("intensity.dev.pearson")).isBetween(0.2, 1.0);
    assertThat(bundle.provenance().datasets())
        .containsKey("vader-sentiment-ground-truth/tweets_GroundTruth.txt");
  }

  /**
   * What {@code emotion train} would record and write now is what was shipped: the parameters of
   * {@link TrainConfig#defaults()}, the heads in training order, and the current file format, whose
   * bytes (decompressed) a re-write of the bundle reproduces. A failure means the shipped bundle
   * predates a change to the defaults or the format: retrain it (docs/EVALUATION.md).
   */
  @Test
  void shippedBundlesAreWhatTheCurrentCodeWritesWithTheDefaults() throws IOException {
    for (String language : List.of("en", "zh")) {
      byte[] shipped = shippedBytes(language);
      HeadBundle bundle = HeadBundleIo.read(new ByteArrayInputStream(shipped), language);
      EncoderSpec spec =
          language.equals("zh") ? EncoderSpec.BGE_SMALL_ZH : EncoderSpec.BGE_SMALL_EN;
      assertThat(bundle.provenance().parameters())
          .as(language + " parameters")
          .isEqualTo(TrainTextHeadsJob.parameters(TrainConfig.defaults(), spec));
      List<String> order = new java.util.ArrayList<>(TrainOptions.tasks(language));
      if (language.equals("en")) {
        order.add(Intensity.TASK);
      }
      assertThat(bundle.heads().keySet()).as(language + " heads").containsExactlyElementsOf(order);
      assertThat(format(shipped)).as(language + " format").isEqualTo(HeadBundleIo.FORMAT);
      ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
      HeadBundleIo.write(bundle, rewritten);
      assertThat(java.util.Arrays.mismatch(gunzip(rewritten.toByteArray()), gunzip(shipped)))
          .as(language + ": first byte where a re-write differs")
          .isEqualTo(-1);
    }
  }

  private static byte[] shippedBytes(String language) throws IOException {
    String name = HeadBundles.RESOURCE_DIR + TrainTextHeadsJob.bundleFile(language);
    try (InputStream in = HeadBundles.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** The format number of a head file: the int after the magic. */
  private static int format(byte[] gz) throws IOException {
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(gunzip(gz)));
    data.readInt();
    return data.readInt();
  }

  @Test
  void shippedHeadsRecordTheHashesOfTheFilesTheyWereTrainedOn() throws IOException {
    Path data = SharedData.require("data/carer-emotion").getParent();
    for (String language : List.of("en", "zh")) {
      HeadBundle bundle = HeadBundles.shipped(language);
      assertThat(bundle.provenance().seed()).isEqualTo(TrainConfig.defaults().seed());
      assertThat(bundle.provenance().parameters())
          .containsEntry("iterations", String.valueOf(TrainConfig.defaults().iterations()))
          .containsEntry("encoder", bundle.encoder());
      assertThat(bundle.provenance().datasets()).isNotEmpty();
      for (Map.Entry<String, String> file : bundle.provenance().datasets().entrySet()) {
        assertThat(DatasetFiles.sha256(data.resolve(file.getKey())))
            .as(language + " heads were trained on " + file.getKey())
            .isEqualTo(file.getValue());
      }
      for (String task : bundle.heads().keySet()) {
        if (task.equals(Intensity.TASK)) {
          Map<String, Double> m = bundle.provenance().metrics();
          assertThat(m)
              .containsKeys(
                  "intensity.dev.pearson", "intensity.dev.mae", "intensity.dev.formula.pearson");
          assertThat(m.get("intensity.dev.pearson"))
              .isGreaterThan(m.get("intensity.dev.formula.pearson"));
          continue;
        }
        assertThat(bundle.provenance().metrics())
            .containsKeys(
                task + ".dev.accuracy",
                task + ".dev.macroF1",
                task + ".dev.eceHeldOutHalf",
                task + ".dev.temperature");
        // which kind of embedding half each head chose is recorded (both bundles postdate the MLP)
        assertThat(bundle.provenance().metrics()).containsKey(task + ".dev.embeddingMlp");
      }
    }
  }
}
