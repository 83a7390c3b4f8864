package dev.affectrec.recommend.content;

/**
 * Turns text into a fixed-length embedding. Implementations must be thread-safe and return a new
 * array of {@link #dimension()} finite values for every input (an all-zero vector is allowed for
 * text with no content).
 */
@FunctionalInterface
public interface TextEncoder {

  /**
   * Embeds {@code text}.
   *
   * @param text never null, possibly empty
   */
  float[] encode(String text);

  /** The length of every embedding; by default found by encoding the empty string. */
  default int dimension() {
    return encode("").length;
  }
}
