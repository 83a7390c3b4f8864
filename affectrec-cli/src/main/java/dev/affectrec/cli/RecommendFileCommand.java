package dev.affectrec.cli;

import dev.affectrec.eval.job.RecommendFileJob;
import dev.affectrec.eval.job.RecommendFileOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code affectrec recommend-file --format F --train FILE --algorithm NAME [-k 10] --out FILE}:
 * writes {@code user<TAB>item<TAB>rank<TAB>score} through {@link RecommendFileJob}.
 */
@Command(
    name = "recommend-file",
    mixinStandardHelpOptions = true,
    description = {
      "Trains on a file and writes user<TAB>item<TAB>rank<TAB>score, the top k for every user in"
          + " the file, never an item that user has in the training file."
    })
final class RecommendFileCommand extends FileJobCommand {

  @Option(
      names = "--algorithm",
      required = true,
      paramLabel = "NAME",
      description =
          "popular, itemknn, ease, als, bpr, biasedmf, content, hybrid-emotion or spark-als"
              + " (Spark MLlib, loaded only then; name:key=value ok).")
  String algorithm;

  @Option(
      names = "-k",
      defaultValue = "10",
      description = "Items per user (default: ${DEFAULT-VALUE}).")
  int k;

  @Override
  long runJob() throws Exception {
    RecommendFileOptions options = new RecommendFileOptions(data.format, train, algorithm, k, out);
    // The registry finds spark-als through the context loader, which SparkClasspath sets.
    return SparkClasspath.needed(algorithm)
        ? SparkClasspath.call(() -> new RecommendFileJob().run(options))
        : new RecommendFileJob().run(options);
  }

  @Override
  String linesName() {
    return "recommendations";
  }
}
