package dev.affectrec.vision.image;

/** An image that cannot or may not be decoded; the message is one line and names the reason. */
public final class ImageDecodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public ImageDecodeException(String message) {
    super(message);
  }

  /** With a one-line message and the decoder's exception. */
  public ImageDecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
