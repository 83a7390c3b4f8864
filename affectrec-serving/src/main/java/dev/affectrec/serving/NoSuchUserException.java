package dev.affectrec.serving;

/** The user is unknown: no stored record, no events. The message names the user. */
public final class NoSuchUserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param user the unknown id
   */
  public NoSuchUserException(String user) {
    super("no user with id '" + user + "'");
  }
}
