package dev.affectrec.vision.tfjs;

/** A graph node whose op (or op attribute) this executor does not implement. */
public final class UnsupportedOpException extends ModelFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param op the TensorFlow op name
   * @param node the node's name
   * @param detail what exactly is unsupported, or empty
   */
  public UnsupportedOpException(String op, String node, String detail) {
    super(
        "unsupported op "
            + op
            + " at node '"
            + node
            + "'"
            + (detail.isEmpty() ? "" : ": " + detail)
            + " (supported: "
            + String.join(", ", OpKernels.SUPPORTED)
            + ")");
  }
}
