package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.analytics.alert.Alert;
import dev.affectrec.analytics.alert.AlertOptions;
import dev.affectrec.analytics.alert.AlertWebhook;
import dev.affectrec.analytics.alert.Alerts;
import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec analyze alerts}: what turned negative in the most recent days of the data. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description =
        "Items, categories or the platform whose readings turned negative in the days ending with"
            + " the newest event, most severe first, with the evidence.")
final class AnalyzeAlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--days",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "Days in the recent window, 1 to 90 (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description = "Also POST {\"alerts\":[...]} as JSON to this http(s) URL when there are any.")
  String webhook;

  @Option(
      names = "--json",
      description =
          "Print {\"alerts\":[{\"scope\",\"id\",\"emotion\",\"severity\",\"evidence\":{...}}]}"
              + " as one line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (days < 1 || days > 90) {
      throw new InputException("--days must be in [1, 90] but was " + days);
    }
    AlertWebhook hook = webhook == null ? null : new AlertWebhook(webhook);
    AlertOptions d = AlertOptions.DEFAULTS;
    AlertOptions options =
        new AlertOptions(
            days,
            d.minRecent(),
            d.minProbability(),
            d.minIncrease(),
            d.priorReadings(),
            d.examples());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Alert> alerts;
    try (EventStore events = store.openExisting()) {
      alerts = Alerts.detect(AnalyzeCommand.readLog(events, err), options);
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(AnalyticsViews.alerts(alerts)));
    } else if (alerts.isEmpty()) {
      out.println("no alerts");
    } else {
      for (Alert a : alerts) {
        var e = a.evidence();
        out.printf(
            "%-8s %-16s %-8s severity %6.1f: negative %d of %d in the window (%.0f%%) against"
                + " %.0f%% before (%d readings)%n",
            a.scope().wireName(),
            a.id() == null ? "-" : a.id(),
            a.emotion().wireName(),
            a.severity(),
            e.after().negative(),
            e.after().readings(),
            100 * e.after().share(),
            100 * e.historyRate(),
            e.before().readings());
      }
    }
    out.flush();
    if (hook != null && hook.post(alerts)) {
      err.printf("posted %d alerts to %s%n", alerts.size(), webhook);
      err.flush();
    }
    return ExitCodes.OK;
  }
}
