package dev.affectrec.vision.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tiled, vectorisable kernels against a direct six-loop NHWC reference, on geometries that hit
 * every edge: depths not a multiple of four, tiles cut by the output end, odd sizes with SAME and
 * VALID padding, strides 1 and 2, batches and channel multipliers.
 */
class ConvolutionKernelsTest {

  @ParameterizedTest(name = "{0} n={1} {2}x{3}x{4} kernel {5}x{6} out {7} stride {8} same {9}")
  @CsvSource({
    // kernel, n, h, w, c, kh, kw, output channels (conv2d) or multiplier (depthwise), stride, same
    "conv2d, 1, 37, 23, 3, 5, 5, 7, 2, true",
    "conv2d, 2, 20, 19, 5, 3, 3, 6, 1, false",
    "conv2d, 1, 30, 30, 24, 1, 1, 9, 1, true",
    "conv2d, 1, 17, 33, 6, 1, 1, 4, 2, true",
    "conv2d, 1, 9, 9, 2, 3, 3, 3, 2, false",
    "depthwise, 1, 31, 29, 4, 3, 3, 1, 1, true",
    "depthwise, 1, 16, 16, 3, 3, 3, 1, 2, true",
    "depthwise, 2, 15, 13, 2, 3, 3, 2, 2, true",
    "depthwise, 1, 12, 11, 3, 5, 5, 1, 1, false",
    "depthwise, 1, 7, 8, 2, 2, 3, 1, 1, true"
  })
  void kernelMatchesDirectLoops(
      String kernel,
      int n,
      int h,
      int w,
      int c,
      int kh,
      int kw,
      int out,
      int stride,
      boolean same) {
    boolean depthwise = kernel.equals("depthwise");
    Random random = new Random(h * (depthwise ? 17 : 31) + w);
    Tensor x = random(random, n, h, w, c);
    Tensor filter = random(random, kh, kw, c, out);
    if (depthwise) {
      Tensor actual =
          Layouts.toNhwc(DepthwiseConvolution.apply(x, filter, stride, stride, same, false));
      assertClose(actual, reference(x, filter, null, out, stride, same, true));
      return;
    }
    float[] bias = random(random, out).floats();
    Tensor actual =
        Layouts.toNhwc(
            Convolution.conv2d(
                x,
                filter,
                Convolution.pack(filter),
                bias,
                stride,
                stride,
                same,
                Activation.NONE,
                false));
    assertClose(actual, reference(x, filter, bias, 1, stride, same, false));
  }

  private static void assertClose(Tensor actual, Tensor expected) {
    assertThat(actual.shape()).containsExactly(expected.shape());
    float[] a = actual.floats();
    float[] e = expected.floats();
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i]).as("element %d", i).isCloseTo(e[i], within(1e-4f));
    }
  }

  private static Tensor random(Random random, int... shape) {
    float[] data = new float[Tensor.size(shape)];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    return Tensor.of(data, shape);
  }

  /** Direct NHWC convolution; depthwise when {@code depthwise}, with multiplier {@code mult}. */
  private static Tensor reference(
      Tensor input, Tensor filter, float[] bias, int mult, int s, boolean same, boolean depthwise) {
    int n = input.dim(0);
    int h = input.dim(1);
    int w = input.dim(2);
    int c = input.dim(3);
    int kh = filter.dim(0);
    int kw = filter.dim(1);
    Window wy = Window.of(h, kh, s, same);
    Window wx = Window.of(w, kw, s, same);
    int oc = depthwise ? c * mult : filter.dim(3);
    float[] x = input.floats();
    float[] f = filter.floats();
    float[] out = new float[n * wy.out() * wx.out() * oc];
    int i = 0;
    for (int b = 0; b < n; b++) {
      for (int oy = 0; oy < wy.out(); oy++) {
        for (int ox = 0; ox < wx.out(); ox++) {
          for (int o = 0; o < oc; o++) {
            double sum = bias == null ? 0 : bias[o];
            for (int ky = 0; ky < kh; ky++) {
              for (int kx = 0; kx < kw; kx++) {
                int iy = oy * s - wy.padBefore() + ky;
                int ix = ox * s - wx.padBefore() + kx;
                if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                  continue;
                }
                int base = ((b * h + iy) * w + ix) * c;
                if (depthwise) {
                  int ic = o / mult;
                  sum += x[base + ic] * f[((ky * kw + kx) * c + ic) * mult + o % mult];
                } else {
                  for (int ic = 0; ic < c; ic++) {
                    sum += x[base + ic] * f[((ky * kw + kx) * c + ic) * oc + o];
                  }
                }
              }
            }
            out[i++] = (float) sum;
          }
        }
      }
    }
    return Tensor.of(out, n, wy.out(), wx.out(), oc);
  }
}
