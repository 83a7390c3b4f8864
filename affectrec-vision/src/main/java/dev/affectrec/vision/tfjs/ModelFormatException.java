package dev.affectrec.vision.tfjs;

/** A graph model that cannot be loaded or run: malformed JSON, missing shard, unsupported op. */
public class ModelFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message that names the file, node or op. */
  public ModelFormatException(String message) {
    super(message);
  }

  /** With a one-line message and the underlying cause. */
  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
