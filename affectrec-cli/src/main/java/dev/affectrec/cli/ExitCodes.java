package dev.affectrec.cli;

import dev.affectrec.store.imports.ImportException;
import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions thrown by commands to exit codes and one-line messages on stderr: input errors
 * (bad files, bad values) give 2 without a stack trace; anything else gives 1 with the message, and
 * the stack trace only when {@code AFFECTREC_DEBUG} is set.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  /** Success. */
  static final int OK = 0;

  /** A runtime failure (I/O, database, bug). */
  static final int FAILURE = 1;

  /** A usage or input error. */
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
    String command = cli.getCommandName();
    if (isInputError(e)) {
      cli.getErr().println(command + ": " + e.getMessage());
      return USAGE;
    }
    cli.getErr().println(command + ": failed: " + e);
    if (System.getenv("AFFECTREC_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return FAILURE;
  }

  private static boolean isInputError(Exception e) {
    return e instanceof InputException
        || e instanceof ImportException
        || e instanceof IllegalArgumentException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException;
  }
}
