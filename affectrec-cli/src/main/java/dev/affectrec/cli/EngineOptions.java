package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import picocli.CommandLine.Option;

/** The {@code --engine} and {@code --master} options of the commands that can run on Spark. */
public final class EngineOptions {
  static final String SINGLE_NODE = "single-node";
  static final String SPARK = "spark";

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = SINGLE_NODE,
      description = "single-node (this process) or spark (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[2]",
      description =
          "Spark master for --engine spark: local[N], spark://HOST:7077, yarn... (default:"
              + " ${DEFAULT-VALUE}).")
  String master;

  /**
   * Whether the engine is Spark.
   *
   * @throws InputException when it is neither single-node nor spark
   */
  boolean spark() {
    return switch (engine) {
      case SINGLE_NODE -> false;
      case SPARK -> true;
      default ->
          throw new InputException(
              "--engine must be single-node or spark but was '" + engine + "'");
    };
  }
}
