package dev.affectrec.cli;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.job.JobInputException;
import dev.affectrec.eval.job.RecommendFileJob;
import dev.affectrec.eval.job.RecommendFileOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
final class RecommendFileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "movielens, amazon or tsv (user<TAB>item<TAB>rating[<TAB>time]).",
      converter = EvalFormatConverter.class)
  DataFormat format;

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data.")
  Path train;

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

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Override
  public Integer call() throws IOException {
    long lines;
    try {
      lines =
          new RecommendFileJob().run(new RecommendFileOptions(format, train, algorithm, k, out));
    } catch (JobInputException e) {
      throw new InputException(e.getMessage());
    }
    spec.commandLine().getErr().println("wrote " + lines + " recommendations to " + out);
    return ExitCodes.OK;
  }
}
