package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.analytics.aspect.AspectCount;
import dev.affectrec.analytics.aspect.ItemAspects;
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

/** {@code affectrec analyze aspects --item ID}: what an item's reviews are about. */
@Command(
    name = "aspects",
    mixinStandardHelpOptions = true,
    description =
        "The aspects an item's reviews mention (delivery, smell, 物流 ... and terms mined from the"
            + " reviews), most complained-about first.")
final class AnalyzeAspectsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(names = "--item", required = true, paramLabel = "ID", description = "The item.")
  String item;

  @Option(
      names = "--json",
      description =
          "Print {\"item\",\"aspects\":[{\"aspect\",\"count\",\"negative\",\"negativeShare\"}]}"
              + " as one line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<AspectCount> aspects;
    try (EventStore events = store.openExisting()) {
      ReviewLog log = AnalyzeCommand.readLog(events, spec.commandLine().getErr());
      aspects = ItemAspects.of(log, ItemAspects.lexicon(log), item);
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(AnalyticsViews.aspects(item, aspects)));
    } else {
      out.printf("%-20s %6s %9s %9s%n", "aspect", "count", "negative", "share");
      for (AspectCount a : aspects) {
        out.printf("%-20s %6d %9d %9.3f%n", a.aspect(), a.count(), a.negative(), a.negativeShare());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
