package dev.affectrec.cli;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.StoredKey;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code affectrec keys list}: ids, roles, labels and state; never the keys. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists API keys (ids, roles, labels; never the keys).")
final class KeysListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore events = store.openExisting()) {
      for (StoredKey key : events.access().keys()) {
        out.printf(
            "%s  %-6s  %-7s  %s  %s%n",
            key.id(), key.role(), key.revoked() ? "revoked" : "active", key.created(), key.label());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
