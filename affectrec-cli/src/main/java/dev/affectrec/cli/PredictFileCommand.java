package dev.affectrec.cli;

import dev.affectrec.eval.job.PredictFileJob;
import dev.affectrec.eval.job.PredictFileOptions;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class PredictFileCommand extends FileJobCommand {

  @Option(names = "--test", required = true, paramLabel = "FILE", description = "Pairs to predict.")
  Path test;

  @Option(
      names = "--algorithm",
      required = true,
      paramLabel = "NAME",
      description = "biasedmf for ratings; other algorithms give ranking scores.")
  String algorithm;

  @Override
  long runJob() throws IOException {
    return new PredictFileJob()
        .run(new PredictFileOptions(data.format, train, test, algorithm, out));
  }

  @Override
  String linesName() {
    return "predictions";
  }
}
