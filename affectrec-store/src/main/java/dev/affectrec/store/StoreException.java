package dev.affectrec.store;

/** A store operation failed for a reason outside the caller's input (I/O, database). */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message and the underlying cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
