package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.serving.access.KeyService;
import dev.affectrec.serving.access.Role;
import dev.affectrec.store.EventStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec keys create --role R}: prints a new key on stdout (its only showing). */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Creates an API key and prints it once.")
final class KeysCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "ingest, read or admin.")
  String role;

  @Option(
      names = "--label",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Who holds the key.")
  String label;

  @Override
  public Integer call() {
    Role parsed =
        Role.fromWireName(role)
            .orElseThrow(
                () ->
                    new InputException(
                        "--role must be ingest, read or admin but was '" + role + "'"));
    try (EventStore events = store.open()) {
      KeyService.CreatedKey created =
          new KeyService(events.access(), Clock.systemUTC()).create(parsed, label);
      spec.commandLine()
          .getErr()
          .println(
              "created "
                  + parsed.wireName()
                  + " key "
                  + created.id()
                  + "; store it now, it is not shown again");
      spec.commandLine().getOut().println(created.key());
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
