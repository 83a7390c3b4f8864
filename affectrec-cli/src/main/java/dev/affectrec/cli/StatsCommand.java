package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec stats [--json]}: counts of users, items and events. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Prints counts of users, items and events by type.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--json",
      description = "Print {\"users\":N,\"items\":N,\"events\":N,\"eventsByType\":{...}}.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    StoreStats stats;
    try (EventStore events = store.openExisting()) {
      stats = events.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("users", stats.users());
      body.put("items", stats.items());
      body.put("events", stats.events());
      body.put("eventsByType", stats.eventsByType());
      out.println(new ObjectMapper().writeValueAsString(body));
    } else {
      out.printf(
          "users  %,d%nitems  %,d%nevents %,d%n", stats.users(), stats.items(), stats.events());
      stats.eventsByType().forEach((type, count) -> out.printf("  %-24s %,d%n", type, count));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
