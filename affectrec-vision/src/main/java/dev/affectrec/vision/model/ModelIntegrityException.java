package dev.affectrec.vision.model;

/** A model file that is missing or whose sha256 differs from the committed value. */
public final class ModelIntegrityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message naming the file and both hashes. */
  public ModelIntegrityException(String message) {
    super(message);
  }
}
