package dev.affectrec.vision.image;

/**
 * How an image was padded to a square and scaled for a detector.
 *
 * @param padX black columns added on the left
 * @param padY black rows added on top
 * @param scale image pixels per detector-input pixel
 */
public record Letterbox(int padX, int padY, double scale) {

  /** Maps a detector-input x coordinate to image pixels. */
  public double imageX(double inputX) {
    return inputX * scale - padX;
  }

  /** Maps a detector-input y coordinate to image pixels. */
  public double imageY(double inputY) {
    return inputY * scale - padY;
  }
}
