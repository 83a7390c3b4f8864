package dev.affectrec.cli;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.check.CheckJob;
import dev.affectrec.emotion.text.check.CheckReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code affectrec emotion check}: runs the behavioural suite against the shipped reading. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the behavioural suite (CheckList-style minimal cases per capability, English and"
          + " Chinese) on the shipped text reading and prints pass rates and the failed cases.",
      "Exit code 1 when the overall pass rate is below 90%% or a capability is below 75%%."
    })
final class EmotionCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report;
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      report = new CheckJob(recognizer).run();
    }
    out.print(report.render());
    out.flush();
    return report.meetsMinimums() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
