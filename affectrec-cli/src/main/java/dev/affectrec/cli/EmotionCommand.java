package dev.affectrec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code affectrec emotion ...}: emotion recognition commands. */
@Command(
    name = "emotion",
    mixinStandardHelpOptions = true,
    description = "Recognises emotion in inputs.",
    subcommands = {EmotionFaceCommand.class})
final class EmotionCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a modality is required; see affectrec emotion --help");
  }
}
