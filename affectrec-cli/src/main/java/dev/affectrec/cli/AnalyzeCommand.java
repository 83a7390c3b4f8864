package dev.affectrec.cli;

import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.EventStore;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code affectrec analyze trends|alerts|aspects|at-risk}: the analytics of the REST API on the
 * data directory, for people who do not run the server.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Emotion analytics on the data directory: trends, alerts, aspects and at-risk users. Reads"
            + " the texts that have no reading yet first.",
    subcommands = {
      AnalyzeTrendsCommand.class,
      AnalyzeAlertsCommand.class,
      AnalyzeAspectsCommand.class,
      AnalyzeAtRiskCommand.class
    })
final class AnalyzeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: trends, alerts, aspects or at-risk");
  }

  /**
   * The store's reviews with their readings, after reading (with the user's text consent) every
   * stored text that has none yet; the progress goes to {@code err}.
   */
  static ReviewLog readLog(EventStore store, PrintWriter err) {
    if (!store.unreadTexts(null, 1).isEmpty()) {
      err.println("reading the texts that have no reading yet...");
      err.flush();
      try (ReviewReadingListener reader = ReviewReadingListener.standalone(store)) {
        int read = reader.catchUp();
        err.printf("read %,d texts%n", read);
        err.flush();
      }
    }
    return ReviewLog.of(store);
  }
}
