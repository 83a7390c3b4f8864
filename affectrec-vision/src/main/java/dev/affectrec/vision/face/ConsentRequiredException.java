package dev.affectrec.vision.face;

/** Face processing was requested without consent. */
public final class ConsentRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public ConsentRequiredException(String message) {
    super(message);
  }
}
