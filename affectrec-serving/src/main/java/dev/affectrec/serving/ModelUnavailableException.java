package dev.affectrec.serving;

/**
 * A model needed to answer is not available: no recommendation model is in service yet (nothing to
 * train on, or the first training has not finished), or the text emotion models cannot be loaded.
 */
public final class ModelUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message says why and what to do
   */
  public ModelUnavailableException(String message) {
    super(message);
  }
}
