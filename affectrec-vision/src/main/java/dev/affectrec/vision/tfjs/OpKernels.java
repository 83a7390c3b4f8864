package dev.affectrec.vision.tfjs;

import java.util.List;
import java.util.Map;

/** Maps a node's op to its kernel. Stateless and thread-safe. */
final class OpKernels {
  /** The ops this executor implements, in the order of {@link UnsupportedOpException}'s list. */
  static final List<String> SUPPORTED =
      List.of(
          "Const",
          "Placeholder",
          "Identity",
          "_FusedConv2D",
          "Conv2D",
          "DepthwiseConv2dNative",
          "BiasAdd",
          "AddV2",
          "Add",
          "Relu",
          "Relu6",
          "Sigmoid",
          "MaxPool",
          "Pad",
          "Reshape",
          "Mean",
          "Softmax");

  private OpKernels() {}

  /**
   * Checks, before anything runs, that the node's op and attributes are implemented.
   *
   * @throws UnsupportedOpException naming the op and the node
   */
  static void check(GraphNode node) {
    if (!SUPPORTED.contains(node.op())) {
      throw new UnsupportedOpException(node.op(), node.name(), "");
    }
    NodeAttributes a = node.attributes();
    String format = a.string("data_format", "NHWC");
    if (!format.equals("NHWC")) {
      throw new UnsupportedOpException(node.op(), node.name(), "data_format " + format);
    }
    for (int d : a.ints("dilations", 1, 1, 1, 1)) {
      if (d != 1) {
        throw new UnsupportedOpException(node.op(), node.name(), "dilations other than 1");
      }
    }
    if (node.op().equals("_FusedConv2D")) {
      fusedActivation(node);
    }
    if (a.has("padding")) {
      Window.isSame(a.string("padding", ""), node);
    }
  }

  /**
   * Runs {@code node} on its already computed inputs. 4-D results may be channels-first; the
   * executor converts its outputs back to NHWC.
   *
   * @param packed cache of packed convolution filters, keyed by filter tensor
   * @param reuseFirst whether an element-wise op may overwrite its first input (no later node reads
   *     it)
   */
  static Tensor run(
      GraphNode node,
      Tensor[] in,
      boolean parallel,
      Map<Tensor, float[]> packed,
      boolean reuseFirst) {
    NodeAttributes a = node.attributes();
    return switch (node.op()) {
      case "Identity" -> in[0];
      case "_FusedConv2D", "Conv2D" -> {
        int[] s = a.ints("strides", 1, 1, 1, 1);
        boolean fused = node.op().equals("_FusedConv2D");
        yield Convolution.conv2d(
            in[0],
            in[1],
            packed.computeIfAbsent(in[1], Convolution::pack),
            fused ? in[2].floats() : null,
            s[1],
            s[2],
            Window.isSame(a.string("padding", "VALID"), node),
            fused ? fusedActivation(node) : Activation.NONE,
            parallel);
      }
      case "DepthwiseConv2dNative" -> {
        int[] s = a.ints("strides", 1, 1, 1, 1);
        yield DepthwiseConvolution.apply(
            in[0], in[1], s[1], s[2], Window.isSame(a.string("padding", "VALID"), node), parallel);
      }
      case "BiasAdd", "AddV2", "Add" -> ElementWise.add(in[0], in[1], reuseFirst);
      case "Relu" -> ElementWise.activate(in[0], Activation.RELU, reuseFirst);
      case "Relu6" -> ElementWise.activate(in[0], Activation.RELU6, reuseFirst);
      case "Sigmoid" -> ElementWise.sigmoid(in[0]);
      case "Softmax" -> ElementWise.softmax(Layouts.toNhwc(in[0]));
      case "MaxPool" -> {
        int[] k = a.ints("ksize", 1, 1, 1, 1);
        int[] s = a.ints("strides", 1, 1, 1, 1);
        yield Pooling.maxPool(
            in[0], k[1], k[2], s[1], s[2], Window.isSame(a.string("padding", "VALID"), node));
      }
      case "Pad" -> Shapes.pad(in[0], in[1].ints(), 0f);
      case "Reshape" -> Shapes.reshape(Layouts.toNhwc(in[0]), in[1].ints());
      case "Mean" -> Shapes.mean(in[0], in[1].ints(), a.bool("keep_dims", false));
      default -> throw new UnsupportedOpException(node.op(), node.name(), "");
    };
  }

  private static Activation fusedActivation(GraphNode node) {
    List<String> ops = node.attributes().strings("fused_ops");
    long numArgs = node.attributes().integer("num_args", 1);
    if (ops.isEmpty() || !ops.get(0).equals("BiasAdd") || ops.size() > 2 || numArgs != 1) {
      throw new UnsupportedOpException(
          node.op(), node.name(), "fused_ops " + ops + " with num_args " + numArgs);
    }
    return ops.size() == 1 ? Activation.NONE : Activation.ofFusedOp(ops.get(1), node);
  }
}
