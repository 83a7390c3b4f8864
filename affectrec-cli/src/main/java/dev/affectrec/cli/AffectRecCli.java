package dev.affectrec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code affectrec} entry point. */
@Command(
    name = "affectrec",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Emotion-aware user-behaviour analysis and recommendation.",
    subcommands = {
      ImportCommand.class,
      ExportCommand.class,
      GenerateCommand.class,
      TrainCommand.class,
      ReadTextsCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EmotionCommand.class,
      KeysCommand.class,
      EvaluateCommand.class,
      RecommendCommand.class,
      RecommendFileCommand.class,
      PredictFileCommand.class,
      AnalyzeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AffectRecCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /**
   * A configured command line, with the exit-code mapping of {@link ExitCodes} and the two-line
   * answers of {@link UsageErrors} to a command line that does not parse.
   */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new AffectRecCli());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
