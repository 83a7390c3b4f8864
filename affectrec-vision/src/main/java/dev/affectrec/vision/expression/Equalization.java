package dev.affectrec.vision.expression;

/**
 * Histogram equalisation of grey crops in [-1, 1], as OpenCV's {@code equalizeHist} on the 8-bit
 * grey image: the values are spread over the whole range by their cumulative histogram (256
 * levels), so a dim or washed-out face gets the contrast of FER2013's faces. Stateless.
 */
public final class Equalization {
  private Equalization() {}

  /** {@code n} crops of {@code plane} values each, every crop equalised on its own, as a copy. */
  public static float[] equalized(float[] crops, int n, int plane) {
    float[] out = crops.clone();
    for (int i = 0; i < n; i++) {
      equalize(out, i * plane, plane);
    }
    return out;
  }

  /**
   * Equalises {@code length} values at {@code offset} in place. A crop of one grey level stays as
   * it is.
   */
  public static void equalize(float[] values, int offset, int length) {
    int[] histogram = new int[256];
    int[] level = new int[length];
    for (int i = 0; i < length; i++) {
      level[i] = Math.max(0, Math.min(255, Math.round((values[offset + i] + 1f) * 127.5f)));
      histogram[level[i]]++;
    }
    int firstCount = 0;
    for (int count : histogram) {
      if (count > 0) {
        firstCount = count;
        break;
      }
    }
    if (firstCount == length) {
      return;
    }
    float[] map = new float[256];
    int cumulative = 0;
    for (int v = 0; v < 256; v++) {
      cumulative += histogram[v];
      float equalised = 255f * (cumulative - firstCount) / (length - firstCount);
      map[v] = Math.max(0, equalised) / 127.5f - 1f;
    }
    for (int i = 0; i < length; i++) {
      values[offset + i] = map[level[i]];
    }
  }
}
