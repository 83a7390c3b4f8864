package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.emotion.text.train.TrainConfig;
import dev.affectrec.emotion.text.train.TrainOptions;
import dev.affectrec.emotion.text.train.TrainTextHeadsJob;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code affectrec emotion train}: trains the text heads and writes them with provenance. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the text emotion heads on frozen encoder embeddings plus TF-IDF n-grams, tunes on dev",
      "splits only, and writes text-heads-LANG.bin.gz with provenance. English also gets the",
      "intensity head, trained on the VADER ground truth. Same seed, same heads; with the shipped",
      "provenance's createdAt as --created-at, the same bytes as the shipped files."
    })
final class EmotionTrainCommand implements Callable<Integer> {

  @Mixin SharedDataOption shared;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      defaultValue = "target/emotion-embedding-cache",
      description = {
        "Embedding cache, kept outside the repository: one file per encoder, one entry per distinct",
        "text (sha256), so each text is embedded once across datasets and runs; an interrupted",
        "run resumes (default: ${DEFAULT-VALUE})."
      })
  Path cache;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description = "Where to write the head bundles.")
  Path output;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      split = ",",
      defaultValue = "en,zh",
      description = "en and/or zh (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--created-at",
      paramLabel = "INSTANT",
      description = {
        "The provenance's createdAt, an ISO-8601 instant such as 2026-12-03T07:05:00Z (default:",
        "now). The only field that differs between two runs with the same seed: pass the shipped",
        "provenance's createdAt to reproduce the shipped files byte for byte."
      })
  String createdAt;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(shared.data)) {
      throw new NoSuchFileException(shared.data + " (no such folder)");
    }
    TrainOptions options = InputException.fromInput(this::options);
    new TrainTextHeadsJob(options, System.err, clock()).run();
    return ExitCodes.OK;
  }

  /** The system clock, or one stopped at {@code --created-at}. */
  private Clock clock() {
    if (createdAt == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.parse(createdAt), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InputException(
          "--created-at must be an ISO-8601 instant such as 2026-12-03T07:05:00Z but was '"
              + createdAt
              + "'",
          e);
    }
  }

  /** The job's options from the flags, validated. */
  private TrainOptions options() {
    TrainConfig config = TrainConfig.defaults().withSeed(seed);
    return new TrainOptions(shared.data, cache, output, languages, config, List.of());
  }
}
