package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.analytics.risk.AtRisk;
import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec analyze at-risk}: users whose next review is likely to be 1-2 stars. */
@Command(
    name = "at-risk",
    mixinStandardHelpOptions = true,
    description =
        "Users most likely to write a 1-2 star review next, from their reading trajectory and"
            + " behaviour; --evaluate measures the prediction (ROC AUC) against a ratings-only"
            + " baseline on a split by time.")
final class AnalyzeAtRiskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Users listed, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--evaluate",
      description =
          "Print the evaluation (oldest 80%% of targets train, the rest is dev) instead of the list.")
  boolean evaluate;

  @Option(names = "--json", description = "Print the document as one line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > 1000) {
      throw new InputException("--limit must be in [1, 1000] but was " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    ReviewLog log;
    try (EventStore events = store.openExisting()) {
      log = AnalyzeCommand.readLog(events, spec.commandLine().getErr());
    }
    ObjectMapper mapper = new ObjectMapper();
    if (evaluate) {
      AtRisk.Evaluation e;
      try {
        e = AtRisk.evaluate(log);
      } catch (IllegalArgumentException ex) {
        throw new InputException("the store's reviews cannot be evaluated: " + ex.getMessage(), ex);
      }
      if (json) {
        out.println(mapper.writeValueAsString(AnalyticsViews.evaluation(e)));
      } else {
        out.printf(
            "%d targets (%d low) in %d folds of users; the full features were served in %d of"
                + " them%nROC AUC: trajectory, behaviour and ratings %.4f [%.3f, %.3f], ratings only"
                + " %.4f [%.3f, %.3f], served %.4f [%.3f, %.3f]; full minus ratings [%.3f, %.3f]"
                + " (95%% bootstrap)%n",
            e.examples(),
            e.low(),
            AtRisk.FOLDS,
            e.foldsServingFull(),
            e.aucFull(),
            e.aucFullInterval()[0],
            e.aucFullInterval()[1],
            e.aucRatingsOnly(),
            e.aucRatingsOnlyInterval()[0],
            e.aucRatingsOnlyInterval()[1],
            e.aucServed(),
            e.aucServedInterval()[0],
            e.aucServedInterval()[1],
            e.aucDifferenceInterval()[0],
            e.aucDifferenceInterval()[1]);
      }
    } else {
      AtRisk.Ranking ranking = AtRisk.rank(log, limit);
      if (json) {
        out.println(mapper.writeValueAsString(AnalyticsViews.atRisk(ranking)));
      } else {
        out.printf("model: %s%n", ranking.model());
        out.printf("%-24s %6s %8s %12s%n", "user", "risk", "reviews", "lastValence");
        for (AtRisk.UserRisk u : ranking.users()) {
          out.printf("%-24s %6.3f %8d %+12.3f%n", u.user(), u.risk(), u.reviews(), u.lastValence());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
