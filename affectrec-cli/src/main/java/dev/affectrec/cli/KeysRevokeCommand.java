package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code affectrec keys revoke ID}. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revokes an API key by its id.")
final class KeysRevokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The key id shown by 'keys list'.")
  String id;

  @Override
  public Integer call() {
    try (EventStore events = store.openExisting()) {
      if (!events.access().revokeKey(id)) {
        throw new InputException("no key with id '" + id + "'");
      }
    }
    spec.commandLine().getOut().println("revoked " + id);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
