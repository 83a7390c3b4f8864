package dev.affectrec.cli;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.job.JobInputException;
import dev.affectrec.eval.job.PredictFileJob;
import dev.affectrec.eval.job.PredictFileOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec predict-file --format tsv --train FILE --test FILE --algorithm NAME --out FILE}:
 * writes {@code user<TAB>item<TAB>prediction} for every test pair through {@link PredictFileJob}.
 */
@Command(
    name = "predict-file",
    mixinStandardHelpOptions = true,
    description = {
      "Trains on one file and writes user<TAB>item<TAB>prediction for every pair of the test"
          + " file; unknown users or items get the damped-bias baseline (rating algorithms) or 0."
    })
final class PredictFileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "tsv, movielens or amazon (both files).",
      converter = EvalFormatConverter.class)
  DataFormat format;

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data.")
  Path train;

  @Option(names = "--test", required = true, paramLabel = "FILE", description = "Pairs to predict.")
  Path test;

  @Option(
      names = "--algorithm",
      required = true,
      paramLabel = "NAME",
      description = "biasedmf for ratings; other algorithms give ranking scores.")
  String algorithm;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Override
  public Integer call() throws IOException {
    long lines;
    try {
      lines = new PredictFileJob().run(new PredictFileOptions(format, train, test, algorithm, out));
    } catch (JobInputException e) {
      throw new InputException(e.getMessage());
    }
    spec.commandLine().getErr().println("wrote " + lines + " predictions to " + out);
    return ExitCodes.OK;
  }
}
