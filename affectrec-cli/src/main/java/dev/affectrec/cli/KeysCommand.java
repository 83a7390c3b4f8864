package dev.affectrec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code affectrec keys create|list|revoke}: manages API keys in the data directory's store. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manages API keys (stored as hashes; a key is shown once, when created).",
    subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
final class KeysCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: create, list or revoke");
  }
}
