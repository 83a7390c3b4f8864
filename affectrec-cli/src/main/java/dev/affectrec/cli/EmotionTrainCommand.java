package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.emotion.text.train.TrainConfig;
import dev.affectrec.emotion.text.train.TrainOptions;
import dev.affectrec.emotion.text.train.TrainTextHeadsJob;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
      "intensity head, trained on the VADER ground truth. Same seed, same heads."
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

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(shared.data)) {
      throw new NoSuchFileException(shared.data + " (no such folder)");
    }
    TrainOptions options = InputException.fromInput(this::options);
    new TrainTextHeadsJob(options, System.err).run();
    return ExitCodes.OK;
  }

  /** The job's options from the flags, validated. */
  private TrainOptions options() {
    TrainConfig d = TrainConfig.defaults();
    TrainConfig config =
        new TrainConfig(
            seed,
            d.threads(),
            d.maxTrain(),
            d.embeddingL2(),
            d.tfidfL2(),
            d.iterations(),
            d.vocabularySize(),
            d.mlp());
    return new TrainOptions(shared.data, cache, output, languages, config, List.of());
  }
}
