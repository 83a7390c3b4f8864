package dev.affectrec.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** A store operation failed for a reason outside the caller's input (I/O, database). */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message and the underlying cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the failure was that the database could not be reached: no connection could be had in
   * time, the connection broke (SQLSTATE class 08), or the server is shutting down or starting
   * (57P01-57P03). Such a failure passes when the database returns, so a caller may answer "try
   * again later" instead of reporting an error of its own.
   */
  public boolean databaseUnreachable() {
    for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.matches("57P0[123]")) {
          return true;
        }
      }
    }
    return false;
  }
}
