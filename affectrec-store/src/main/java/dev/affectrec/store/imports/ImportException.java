package dev.affectrec.store.imports;

/** The input as a whole cannot be imported; the message names the file and the reason. */
public class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public ImportException(String message) {
    super(message);
  }

  /** With a message and cause. */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
