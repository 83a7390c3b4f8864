package dev.affectrec.vision.tfjs;

/**
 * The geometry of a sliding window along one spatial axis, following TensorFlow's {@code SAME} and
 * {@code VALID} padding rules.
 *
 * @param out output length
 * @param padBefore zero (or ignored) positions before the input
 */
record Window(int out, int padBefore) {

  /**
   * @param in input length, at least 1
   * @param kernel window length, at least 1
   * @param stride at least 1
   * @param same true for {@code SAME}, false for {@code VALID}
   */
  static Window of(int in, int kernel, int stride, boolean same) {
    if (same) {
      int out = (in + stride - 1) / stride;
      int padTotal = Math.max((out - 1) * stride + kernel - in, 0);
      return new Window(out, padTotal / 2);
    }
    int out = (in - kernel + stride) / stride;
    if (out < 1) {
      throw new IllegalArgumentException(
          "VALID window of " + kernel + " does not fit an input of " + in);
    }
    return new Window(out, 0);
  }

  /** Parses the {@code padding} attribute; only SAME and VALID are supported. */
  static boolean isSame(String padding, GraphNode node) {
    return switch (padding) {
      case "SAME" -> true;
      case "VALID" -> false;
      default -> throw new UnsupportedOpException(node.op(), node.name(), "padding " + padding);
    };
  }
}
