package dev.affectrec.cli;

import dev.affectrec.eval.job.EvaluateJob;
import dev.affectrec.eval.job.EvaluateOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec evaluate --format F --input PATH --protocol P --algorithms a,b [-k 10] [--out
 * DIR] [--json] [--tune [--tune-budget N]]}: offline evaluation through {@link EvaluateJob}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Splits a dataset, trains each algorithm and ranks all items for every test user (training"
          + " items excluded); prints a Markdown table with 95%% confidence intervals.",
      "Algorithms: popular, itemknn, ease, als, bpr, biasedmf, content, hybrid-emotion; parameters as"
          + " name:key=value, for example ease:lambda=300.",
      "A progress bar goes to stderr."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataFormatOption data;

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "The dataset.")
  Path input;

  @Option(
      names = "--protocol",
      required = true,
      paramLabel = "P",
      description = "ml100k-5fold, holdout, temporal or loo.")
  String protocol;

  @Option(
      names = "--algorithms",
      required = true,
      paramLabel = "LIST",
      description = "Comma-separated algorithm specs.")
  String algorithms;

  @Option(names = "-k", defaultValue = "10", description = "Cutoff (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Write report.json, report.md (parameters, results, metric definitions), a chart per"
              + " metric with 95%% intervals (ndcg.png, rmse.png, ...), per-user.csv (each test"
              + " user's metric values) and top-k.csv (each test user's top list).")
  Path out;

  @Option(names = "--json", description = "Print the report as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--fraction",
      defaultValue = "0.2",
      description =
          "Held-out share for holdout and a global temporal cut (default: ${DEFAULT-VALUE}).")
  double fraction;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description =
          "Split seed: the holdout shuffle and the loo choice among tied latest interactions"
              + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--last-n",
      defaultValue = "0",
      description =
          "Temporal: each user's last N to test; 0 for a global cut (default: ${DEFAULT-VALUE}).")
  int lastN;

  @Option(
      names = "--validation",
      description =
          "Measure on a validation cut of each training part (for tuning), never the test part.")
  boolean validation;

  @Option(
      names = "--tune",
      description =
          "Choose each algorithm's parameters by random search on a validation cut of each training"
              + " part (never the test part), print the choice, and measure it on the test part"
              + " beside the spec as written.")
  boolean tune;

  @Option(
      names = "--tune-budget",
      defaultValue = "10",
      paramLabel = "N",
      description =
          "Trials per algorithm for --tune, the spec as written included (default:"
              + " ${DEFAULT-VALUE}).")
  int tuneBudget;

  @Override
  public Integer call() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    EvaluateOptions options =
        new EvaluateOptions(
            data.format,
            input,
            protocol,
            algorithms,
            k,
            out,
            json,
            fraction,
            seed,
            lastN,
            validation,
            tuneBudget(spec, tune, tuneBudget));
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      // The registry finds spark-als through the context loader, which SparkClasspath sets.
      if (SparkClasspath.needed(algorithms)) {
        SparkClasspath.call(
            () -> {
              new EvaluateJob().run(options, capture, System.err);
              return null;
            });
      } else {
        new EvaluateJob().run(options, capture, System.err);
      }
    }
    PrintWriter writer = spec.commandLine().getOut();
    writer.print(buffer.toString(StandardCharsets.UTF_8));
    writer.flush();
    return ExitCodes.OK;
  }

  /** The budget to pass on: 0 without {@code --tune}; a budget below 1 is a usage error. */
  static int tuneBudget(CommandSpec spec, boolean tune, int budget) {
    if (budget < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--tune-budget must be at least 1 but was " + budget);
    }
    return tune ? budget : 0;
  }
}
