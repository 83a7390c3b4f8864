package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.serving.ModelUnavailableException;
import dev.affectrec.store.StoreException;
import dev.affectrec.vision.detect.DetectorModelException;
import dev.affectrec.vision.image.ImageDecodeException;
import dev.affectrec.vision.model.ModelIntegrityException;
import dev.affectrec.vision.tfjs.ModelFormatException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions thrown by commands to exit codes and one-line messages on stderr, by type:
 *
 * <ul>
 *   <li>{@link #INPUT_ERRORS}, input the user can fix ({@link InputException} with all its
 *       subclasses, the vision module's input errors and a missing file): 2 with the message.
 *   <li>{@link #RUNTIME_FAILURES}, failures of the environment (files, database, models): 1 with
 *       the message.
 *   <li>Anything else, including an {@link IllegalArgumentException} or {@link
 *       IllegalStateException} from deep inside, is a bug: 1 with a line saying so.
 * </ul>
 *
 * A command turns an {@link IllegalArgumentException} that stems from user input into an {@link
 * InputException} where it passes the input on. Parameter errors never get here: picocli answers
 * them with 2 and the usage. Stack traces are printed only when {@code AFFECTREC_DEBUG=1}.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  /** Success. */
  static final int OK = 0;

  /** A runtime failure (I/O, database, bug). */
  static final int FAILURE = 1;

  /** A usage or input error. */
  static final int USAGE = 2;

  /** Exceptions whose message tells the user what to fix in their input. */
  static final List<Class<? extends Exception>> INPUT_ERRORS =
      List.of(
          InputException.class,
          ImageDecodeException.class,
          DetectorModelException.class,
          NoSuchFileException.class,
          FileNotFoundException.class);

  /** Exceptions, here or as a cause, that report a failure of the environment, not of the code. */
  static final List<Class<? extends Exception>> RUNTIME_FAILURES =
      List.of(
          IOException.class,
          UncheckedIOException.class,
          StoreException.class,
          ModelIntegrityException.class,
          ModelFormatException.class,
          ModelUnavailableException.class);

  private final boolean debug;

  /** Stack traces when the environment has {@code AFFECTREC_DEBUG=1}. */
  ExitCodes() {
    this("1".equals(System.getenv("AFFECTREC_DEBUG")));
  }

  /** With or without stack traces. */
  ExitCodes(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
    String command = cli.getCommandName();
    if (isA(e, INPUT_ERRORS)) {
      cli.getErr().println(command + ": " + e.getMessage());
      return USAGE;
    }
    if (hasCause(e, RUNTIME_FAILURES)) {
      cli.getErr().println(command + ": failed: " + describe(e));
    } else {
      cli.getErr()
          .println(
              command
                  + ": internal error (a bug; set AFFECTREC_DEBUG=1 for the stack trace): "
                  + e);
    }
    if (debug) {
      e.printStackTrace(cli.getErr());
    }
    return FAILURE;
  }

  /**
   * The message of the store failure in {@code e}'s chain (it names the path or host and what to
   * check; its type is noise to a user), otherwise {@code e} with its type.
   */
  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StoreException && t.getMessage() != null) {
        return t.getMessage();
      }
    }
    return e.toString();
  }

  private static boolean isA(Throwable e, List<Class<? extends Exception>> types) {
    return types.stream().anyMatch(type -> type.isInstance(e));
  }

  private static boolean hasCause(Throwable e, List<Class<? extends Exception>> types) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isA(t, types)) {
        return true;
      }
    }
    return false;
  }
}
