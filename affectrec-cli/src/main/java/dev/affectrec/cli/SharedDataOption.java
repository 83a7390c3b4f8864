package dev.affectrec.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of the text-emotion commands that read labelled corpora ({@code emotion
 * eval}, {@code emotion train}), a picocli mixin: the {@code shared/data} folder.
 */
final class SharedDataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "The shared/data folder (default: ${DEFAULT-VALUE}).")
  Path data;
}
