package dev.affectrec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code affectrec emotion ...}: emotion recognition commands for text and faces. */
@Command(
    name = "emotion",
    mixinStandardHelpOptions = true,
    description =
        "Reads emotion from English and Chinese text and from face images; evaluates and trains the text heads.",
    subcommands = {
      EmotionTextCommand.class,
      EmotionBatchCommand.class,
      EmotionEvalCommand.class,
      EmotionCheckCommand.class,
      EmotionTrainCommand.class,
      EmotionFaceCommand.class
    })
final class EmotionCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: text, batch, eval, check, train or face");
  }
}
