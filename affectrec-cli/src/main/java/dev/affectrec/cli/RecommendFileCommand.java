package dev.affectrec.cli;

import dev.affectrec.eval.job.RecommendFileJob;
import dev.affectrec.eval.job.RecommendFileOptions;
import java.io.IOException;
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
          "popular, itemknn, ease, als, bpr, biasedmf, content or hybrid-emotion"
              + " (name:key=value ok).")
  String algorithm;

  @Option(
      names = "-k",
      defaultValue = "10",
      description = "Items per user (default: ${DEFAULT-VALUE}).")
  int k;

  @Override
  long runJob() throws IOException {
    return new RecommendFileJob()
        .run(new RecommendFileOptions(data.format, train, algorithm, k, out));
  }

  @Override
  String linesName() {
    return "recommendations";
  }
}
