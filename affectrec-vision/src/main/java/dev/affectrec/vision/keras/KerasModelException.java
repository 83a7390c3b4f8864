package dev.affectrec.vision.keras;

import dev.affectrec.api.InputException;

/** A Keras HDF5 file that cannot be read or uses a layer or setting this loader does not run. */
public final class KerasModelException extends InputException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the file, the layer and what to do. */
  public KerasModelException(String message) {
    super(message);
  }

  /** With a message and its cause. */
  public KerasModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
