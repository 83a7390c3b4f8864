package dev.affectrec.vision.tfjs;

import java.util.Arrays;

/**
 * A dense row-major tensor of float32 or int32 values. Images are NHWC. The arrays are shared, not
 * copied: treat a tensor handed out by the executor as read-only.
 *
 * <p>Inside the executor, 4-D activations are kept channels-first (NCHW, {@link #channelsFirst()})
 * so that convolution inner loops run over long contiguous pixel rows; the executor converts at its
 * inputs and outputs, so callers only ever see NHWC.
 */
public final class Tensor {
  private final int[] shape;
  private final float[] floats;
  private final int[] ints;
  private final boolean channelsFirst;

  private Tensor(int[] shape, float[] floats, int[] ints) {
    this(shape, floats, ints, false);
  }

  private Tensor(int[] shape, float[] floats, int[] ints, boolean channelsFirst) {
    this.shape = shape.clone();
    this.floats = floats;
    this.ints = ints;
    this.channelsFirst = channelsFirst;
    int length = floats != null ? floats.length : ints.length;
    if (length != size(shape)) {
      throw new IllegalArgumentException(
          "tensor of shape "
              + Arrays.toString(shape)
              + " needs "
              + size(shape)
              + " values, got "
              + length);
    }
  }

  /** A float32 tensor backed by {@code data} (not copied). */
  public static Tensor of(float[] data, int... shape) {
    return new Tensor(shape, data, null);
  }

  /** A channels-first float32 tensor of shape [n, c, h, w] (executor-internal). */
  static Tensor nchw(float[] data, int n, int c, int h, int w) {
    return new Tensor(new int[] {n, c, h, w}, data, null, true);
  }

  /** True for an executor-internal NCHW tensor; its {@link #shape()} is then [n, c, h, w]. */
  boolean channelsFirst() {
    return channelsFirst;
  }

  /** An int32 tensor backed by {@code data} (not copied). */
  public static Tensor ofInts(int[] data, int... shape) {
    return new Tensor(shape, null, data);
  }

  /** Number of elements of {@code shape}; 1 for a scalar. */
  public static int size(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      }
      n *= d;
    }
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("tensor too large: " + Arrays.toString(shape));
    }
    return (int) n;
  }

  /** A copy of the shape. */
  public int[] shape() {
    return shape.clone();
  }

  /** Size of dimension {@code axis}. */
  public int dim(int axis) {
    return shape[axis];
  }

  /** Number of dimensions. */
  public int rank() {
    return shape.length;
  }

  /** Number of elements. */
  public int size() {
    return size(shape);
  }

  /** True for int32 tensors. */
  public boolean isInt() {
    return ints != null;
  }

  /**
   * The float32 values (shared, not copied).
   *
   * @throws IllegalStateException for an int32 tensor
   */
  public float[] floats() {
    if (floats == null) {
      throw new IllegalStateException("expected a float32 tensor, got int32 " + describe());
    }
    return floats;
  }

  /**
   * The int32 values (shared, not copied).
   *
   * @throws IllegalStateException for a float32 tensor
   */
  public int[] ints() {
    if (ints == null) {
      throw new IllegalStateException("expected an int32 tensor, got float32 " + describe());
    }
    return ints;
  }

  /** The same values under another shape with the same element count. */
  public Tensor reshaped(int... newShape) {
    if (channelsFirst) {
      throw new IllegalStateException("reshape of a channels-first tensor; convert to NHWC first");
    }
    return new Tensor(newShape, floats, ints);
  }

  /** For example {@code float32[1, 64, 64, 1]}. */
  public String describe() {
    return (ints != null ? "int32" : "float32")
        + Arrays.toString(shape)
        + (channelsFirst ? " (NCHW)" : "");
  }

  @Override
  public String toString() {
    return "Tensor " + describe();
  }
}
