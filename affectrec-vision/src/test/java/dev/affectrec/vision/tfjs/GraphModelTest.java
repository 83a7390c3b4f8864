package dev.affectrec.vision.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-built graphs with hand-computed outputs. */
class GraphModelTest {

  private static float[] run(GraphNode node, Tensor x, Map<String, Tensor> consts) {
    List<GraphNode> nodes = new java.util.ArrayList<>();
    nodes.add(GraphNode.of("x", "Placeholder"));
    consts.keySet().forEach(k -> nodes.add(GraphNode.of(k, "Const")));
    nodes.add(node);
    GraphModel model = new GraphModel("test", nodes, consts, false);
    return model
        .execute(Map.of("x", x), List.of(node.name() + ":0"))
        .get(node.name() + ":0")
        .floats();
  }

  private static Tensor conv(
      Tensor x, Tensor k, float[] bias, int stride, boolean same, Activation act, boolean par) {
    return Layouts.toNhwc(
        Convolution.conv2d(x, k, Convolution.pack(k), bias, stride, stride, same, act, par));
  }

  @Test
  void conv2dSamePaddingStride1() {
    // 3x3 input of 1..9, 3x3 all-ones kernel, SAME: each output is the sum of its neighbourhood.
    Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3, 1);
    Tensor k = Tensor.of(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 3, 3, 1, 1);
    Tensor out = conv(x, k, new float[] {0.5f}, 1, true, Activation.NONE, false);
    assertThat(out.shape()).containsExactly(1, 3, 3, 1);
    assertThat(out.floats())
        .containsExactly(12.5f, 21.5f, 16.5f, 27.5f, 45.5f, 33.5f, 24.5f, 39.5f, 28.5f);
  }

  @Test
  void conv2dStride2SamePadsAfterAndValidShrinks() {
    Tensor x =
        Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 1, 4, 4, 1);
    Tensor k = Tensor.of(new float[] {1, 0, 0, -1}, 2, 2, 1, 1);
    // SAME with even input and stride 2: pad_total = 0, windows at 0 and 2.
    assertThat(conv(x, k, null, 2, true, Activation.NONE, false).floats())
        .containsExactly(-5f, -5f, -5f, -5f);
    Tensor valid = conv(x, k, null, 1, false, Activation.RELU, true);
    assertThat(valid.shape()).containsExactly(1, 3, 3, 1);
    assertThat(valid.floats()).containsOnly(0f);
  }

  @Test
  void fusedConvWithRelu6AndTwoOutputChannels() {
    Tensor x = Tensor.of(new float[] {1, -2}, 1, 1, 1, 2);
    Tensor k =
        Tensor.of(new float[] {10, 1, 1, 1}, 1, 1, 2, 2); // HWIO: in0 -> (10, 1), in1 -> (1, 1)
    Tensor out = conv(x, k, new float[] {0, 0}, 1, true, Activation.RELU6, false);
    assertThat(out.floats()).containsExactly(6f, 0f);
  }

  private static Tensor dw(Tensor x, Tensor k, int sy, int sx, boolean same, boolean par) {
    return Layouts.toNhwc(DepthwiseConvolution.apply(x, k, sy, sx, same, par));
  }

  private static Tensor pool(Tensor x, int kh, int kw, int sy, int sx, boolean same) {
    return Layouts.toNhwc(Pooling.maxPool(x, kh, kw, sy, sx, same));
  }

  @Test
  void layoutsRoundTripAndInternalOpsKeepNchw() {
    Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 1, 2, 3, 2);
    Tensor nchw = Layouts.toNchw(x);
    assertThat(nchw.shape()).containsExactly(1, 2, 2, 3);
    assertThat(nchw.floats()).containsExactly(1f, 3f, 5f, 7f, 9f, 11f, 2f, 4f, 6f, 8f, 10f, 12f);
    assertThat(Layouts.toNhwc(nchw).floats()).containsExactly(x.floats());
    assertThat(nchw.describe()).endsWith("(NCHW)");
    assertThatThrownBy(() -> nchw.reshaped(12)).isInstanceOf(IllegalStateException.class);
    Tensor padded = Layouts.toNhwc(Shapes.pad(nchw, new int[] {0, 0, 0, 0, 0, 0, 0, 1}, 0f));
    assertThat(padded.shape()).containsExactly(1, 2, 3, 3);
    assertThat(padded.floats()).startsWith(1f, 2f, 0f, 3f, 4f, 0f);
    Tensor sum = Layouts.toNhwc(ElementWise.add(nchw, nchw, false));
    assertThat(sum.floats()[11]).isEqualTo(24f);
    Tensor mean = Shapes.mean(nchw, new int[] {1, 2}, false);
    assertThat(mean.floats()).containsExactly(6f, 7f);
    Tensor relu = ElementWise.activate(nchw, Activation.RELU, false);
    assertThat(relu.shape()).containsExactly(1, 2, 2, 3);
  }

  @Test
  void depthwiseAppliesOneKernelPerChannel() {
    Tensor x = Tensor.of(new float[] {1, 10, 2, 20, 3, 30, 4, 40}, 1, 2, 2, 2);
    Tensor k = Tensor.of(new float[] {1, 0, 1, 0, 1, 0, 1, 1}, 2, 2, 2, 1);
    Tensor out = dw(x, k, 1, 1, false, false);
    assertThat(out.shape()).containsExactly(1, 1, 1, 2);
    assertThat(out.floats()).containsExactly(10f, 40f);
    Tensor mult = dw(x, Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2), 2, 2, true, false);
    assertThat(mult.shape()).containsExactly(1, 1, 1, 4);
    assertThat(mult.floats()).containsExactly(1f, 2f, 30f, 40f);
  }

  @Test
  void depthwise3x3SameHandlesBordersAndTinyPlanes() {
    Tensor k = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3, 1, 1);
    assertThat(dw(Tensor.of(new float[] {2}, 1, 1, 1, 1), k, 1, 1, true, false).floats())
        .containsExactly(10f);
    // 2x3 input of ones: each output sums the kernel taps that fall inside the image.
    Tensor ones = Tensor.of(new float[] {1, 1, 1, 1, 1, 1}, 1, 2, 3, 1);
    assertThat(dw(ones, k, 1, 1, true, false).floats())
        .containsExactly(28f, 39f, 24f, 16f, 21f, 12f);
  }

  @Test
  void maxPoolIgnoresSamePadding() {
    Tensor x = Tensor.of(new float[] {-1, -2, -3, -4, -5, -6, -7, -8, -9}, 1, 3, 3, 1);
    Tensor out = pool(x, 2, 2, 2, 2, true);
    assertThat(out.floats()).containsExactly(-1f, -3f, -7f, -9f);
  }

  @Test
  void padReshapeMeanSoftmaxAndBroadcastAdd() {
    Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2, 1);
    Tensor padded = Shapes.pad(x, new int[] {0, 0, 1, 0, 0, 1, 0, 0}, 0f);
    assertThat(padded.shape()).containsExactly(1, 3, 3, 1);
    assertThat(padded.floats()).containsExactly(0f, 0f, 0f, 1f, 2f, 0f, 3f, 4f, 0f);
    assertThat(Shapes.reshape(x, new int[] {-1, 2}).shape()).containsExactly(2, 2);
    assertThatThrownBy(() -> Shapes.reshape(x, new int[] {3, -1}))
        .isInstanceOf(IllegalArgumentException.class);
    Tensor mean =
        Shapes.mean(Tensor.of(new float[] {1, 10, 3, 30}, 1, 2, 1, 2), new int[] {1, 2}, false);
    assertThat(mean.shape()).containsExactly(1, 2);
    assertThat(mean.floats()).containsExactly(2f, 20f);
    float[] soft =
        ElementWise.softmax(Tensor.of(new float[] {0, (float) Math.log(3)}, 1, 2)).floats();
    assertThat(soft[0]).isCloseTo(0.25f, org.assertj.core.data.Offset.offset(1e-6f));
    Tensor sum =
        ElementWise.add(
            Tensor.of(new float[] {1, 2, 3, 4}, 2, 2), Tensor.of(new float[] {10, 20}, 2), true);
    assertThat(sum.floats()).containsExactly(11f, 22f, 13f, 24f);
    assertThat(ElementWise.sigmoid(Tensor.of(new float[] {0}, 1)).floats()).containsExactly(0.5f);
  }

  @Test
  void executesAGraphThroughIdentityAndReshape() {
    Map<String, Tensor> consts = Map.of("shape", Tensor.ofInts(new int[] {1, 4}, 2));
    List<GraphNode> nodes =
        List.of(
            GraphNode.of("out", "Identity", "r"),
            GraphNode.of("r", "Reshape", "relu", "shape"),
            GraphNode.of("relu", "Relu", "x"),
            GraphNode.of("x", "Placeholder"),
            GraphNode.of("shape", "Const"));
    GraphModel model = new GraphModel("tiny", nodes, consts, false);
    float[] feed = {-1, 2, -3, 4};
    Tensor out = model.execute(Map.of("x", Tensor.of(feed, 2, 2)), List.of("out:0")).get("out:0");
    assertThat(feed).as("feeds are never overwritten").containsExactly(-1f, 2f, -3f, 4f);
    assertThat(out.shape()).containsExactly(1, 4);
    assertThat(out.floats()).containsExactly(0f, 2f, 0f, 4f);
    assertThat(model.opCounts()).containsEntry("Relu", 1);
    assertThatThrownBy(() -> model.execute(Map.of(), List.of("out")))
        .hasMessageContaining("missing input 'x'");
    assertThatThrownBy(
            () -> model.execute(Map.of("x", Tensor.of(new float[4], 4)), List.of("nope")))
        .hasMessageContaining("unknown output 'nope'");
  }

  @Test
  void unknownOpIsReportedWithItsNode() {
    List<GraphNode> nodes =
        List.of(GraphNode.of("x", "Placeholder"), GraphNode.of("odd", "Erf", "x"));
    assertThatThrownBy(() -> new GraphModel("m.json", nodes, Map.of(), false))
        .isInstanceOf(UnsupportedOpException.class)
        .hasMessageStartingWith("unsupported op Erf at node 'odd'");
  }

  @Test
  void cyclesAndDanglingInputsAreRejected() {
    List<GraphNode> cycle = List.of(GraphNode.of("a", "Relu", "b"), GraphNode.of("b", "Relu", "a"));
    assertThatThrownBy(() -> new GraphModel("m", cycle, Map.of(), false))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("cycle");
    List<GraphNode> dangling = List.of(GraphNode.of("a", "Relu", "ghost"));
    assertThatThrownBy(() -> new GraphModel("m", dangling, Map.of(), false))
        .hasMessageContaining("unknown node 'ghost'");
    List<GraphNode> noWeights = List.of(GraphNode.of("c", "Const"));
    assertThatThrownBy(() -> new GraphModel("m", noWeights, Map.of(), false))
        .hasMessageContaining("no weights for Const node 'c'");
    assertThat(run(GraphNode.of("y", "Relu6", "x"), Tensor.of(new float[] {7, -1}, 2), Map.of()))
        .containsExactly(6f, 0f);
  }
}
