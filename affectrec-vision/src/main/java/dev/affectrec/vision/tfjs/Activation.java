package dev.affectrec.vision.tfjs;

/** Element-wise activations that convolutions may fuse. */
enum Activation {
  NONE,
  RELU,
  RELU6;

  /** Applies the activation in place to {@code data[from, to)}. */
  void apply(float[] data, int from, int to) {
    switch (this) {
      case NONE -> {}
      case RELU -> {
        for (int i = from; i < to; i++) {
          data[i] = Math.max(data[i], 0f);
        }
      }
      case RELU6 -> {
        for (int i = from; i < to; i++) {
          data[i] = Math.min(Math.max(data[i], 0f), 6f);
        }
      }
    }
  }

  /** The activation fused after {@code BiasAdd} in a {@code _FusedConv2D}'s {@code fused_ops}. */
  static Activation ofFusedOp(String name, GraphNode node) {
    return switch (name) {
      case "Relu" -> RELU;
      case "Relu6" -> RELU6;
      default ->
          throw new UnsupportedOpException(node.op(), node.name(), "fused activation " + name);
    };
  }
}
