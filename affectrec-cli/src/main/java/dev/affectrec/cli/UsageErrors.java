package dev.affectrec.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a command line picocli cannot parse with two lines on stderr instead of the usage: what
 * is wrong (for a mistyped option or command: its name and the closest known one) and which {@code
 * --help} lists the choices. Exits with {@link ExitCodes#USAGE}.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private static final Pattern NUMBER = Pattern.compile("-[0-9.]+");

  @Override
  public int handleParseException(ParameterException thrown, String[] args) {
    ParameterException e = unknownOptionFirst(thrown, args);
    CommandLine cli = e.getCommandLine();
    boolean command = expectsCommand(e);
    PrintWriter err = cli.getErr();
    err.println(cli.getCommandName() + ": " + message(e, command));
    err.println(
        "see '"
            + cli.getCommandSpec().qualifiedName()
            + " --help' for every "
            + (command ? "command" : "option"));
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * A mistyped option takes the blame before the required option it was meant to be: picocli checks
   * required options first, so {@code --usr 1} would otherwise be reported as a missing {@code
   * --user}.
   */
  private static ParameterException unknownOptionFirst(ParameterException e, String[] args) {
    if (!(e instanceof MissingParameterException)) {
      return e;
    }
    CommandLine cli = e.getCommandLine();
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("-")
          && !NUMBER.matcher(name).matches()
          && cli.getCommandSpec().findOption(name) == null
          && cli.getCommandSpec().findOption(name.substring(0, 2)) == null) {
        return new UnmatchedArgumentException(cli, List.of(arg));
      }
    }
    return e;
  }

  /**
   * Whether {@code e} is about a missing or unknown subcommand: its command has subcommands and it
   * is not about an option.
   */
  private static boolean expectsCommand(ParameterException e) {
    boolean aboutOption =
        e instanceof UnmatchedArgumentException u
            && !u.getUnmatched().isEmpty()
            && u.getUnmatched().get(0).startsWith("-");
    return !aboutOption && !e.getCommandLine().getSubcommands().isEmpty();
  }

  private static String message(ParameterException e, boolean command) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String given = unmatched.getUnmatched().get(0);
    String line =
        "unknown "
            + (command ? "command" : given.startsWith("-") ? "option" : "parameter")
            + " '"
            + given
            + "'";
    List<String> suggestions = unmatched.getSuggestions();
    return suggestions.isEmpty() ? line : line + "; did you mean " + suggestions.get(0) + "?";
  }
}
