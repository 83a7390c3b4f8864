package dev.affectrec.vision.detect;

/**
 * A configured detector model file that cannot be used: not an ONNX model, or not the kind of model
 * named (wrong input shape or outputs). The message is one line and names the file.
 */
public final class DetectorModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message naming the file. */
  public DetectorModelException(String message) {
    super(message);
  }

  /** With a one-line message naming the file and the runtime's exception. */
  public DetectorModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
