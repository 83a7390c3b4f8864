package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.AnalyticsTimes;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.analytics.trend.TrendBucket;
import dev.affectrec.analytics.trend.TrendPoint;
import dev.affectrec.analytics.trend.TrendQuery;
import dev.affectrec.analytics.trend.TrendScope;
import dev.affectrec.analytics.trend.Trends;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec analyze trends}: emotion mix and valence over time. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = "Emotion mix, valence and negative share per day, week or month.")
final class AnalyzeTrendsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      defaultValue = "all",
      description = "item, category, segment or all (default: ${DEFAULT-VALUE}).")
  String scope;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "The item, category or segment (mood:<emotion>, activity:active, activity:occasional).")
  String id;

  @Option(names = "--from", paramLabel = "WHEN", description = "Inclusive start: date or instant.")
  String from;

  @Option(names = "--to", paramLabel = "WHEN", description = "Exclusive end: date or instant.")
  String to;

  @Option(
      names = "--bucket",
      paramLabel = "BUCKET",
      defaultValue = "week",
      description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String bucket;

  @Option(
      names = "--json",
      description = "Print the document of GET /v1/analytics/trends as one line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    TrendQuery query =
        new TrendQuery(
            TrendScope.parse(scope),
            id,
            AnalyticsTimes.parse("--from", from),
            AnalyticsTimes.parse("--to", to),
            TrendBucket.parse(bucket));
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore events = store.openExisting()) {
      List<TrendPoint> points =
          Trends.compute(AnalyzeCommand.readLog(events, spec.commandLine().getErr()), query);
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(AnalyticsViews.trend(query, points)));
      } else {
        out.printf("%-10s %8s %8s %9s  %s%n", "start", "readings", "valence", "negative", "top");
        for (TrendPoint p : points) {
          out.printf(
              "%-10s %8d %+8.3f %9.3f  %s%n",
              p.start(), p.readings(), p.valence(), p.negativeShare(), top(p));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String top(TrendPoint point) {
    if (point.readings() == 0) {
      return "-";
    }
    return point.mix().entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> e.getKey().wireName())
        .orElse(Emotion.NEUTRAL.wireName());
  }
}
