package dev.affectrec.serving;

/** No model is in service yet (nothing to train on, or the first training has not finished). */
public final class ModelUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message says why and what to do
   */
  public ModelUnavailableException(String message) {
    super(message);
  }
}
