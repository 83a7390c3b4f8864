package dev.affectrec.vision.tfjs;

/**
 * Per-thread scratch for the convolution kernels: rows, each a separate array indexed from zero
 * (the loop shape the JIT vectorises), and one accumulator row. Reused across calls so that steady
 * inference does not allocate; a kernel uses it only until it returns. Not thread-safe itself:
 * {@link #get} hands each thread its own.
 *
 * @param rows scratch rows, all of the same length
 * @param accumulator at least as long as each row
 */
record ConvWorkspace(float[][] rows, float[] accumulator) {
  /** Output pixels per tile: the tile's rows stay in the L1/L2 cache across output channels. */
  static final int TILE = 256;

  private static final ThreadLocal<ConvWorkspace> CURRENT =
      ThreadLocal.withInitial(() -> new ConvWorkspace(new float[0][TILE], new float[TILE]));

  /**
   * This thread's workspace with at least {@code count} rows of at least {@code width} floats;
   * contents are undefined.
   */
  static ConvWorkspace get(int count, int width) {
    ConvWorkspace ws = CURRENT.get();
    int rowWidth = ws.accumulator.length;
    if (ws.rows.length < count || rowWidth < width) {
      int newWidth = Math.max(rowWidth, width);
      ws =
          new ConvWorkspace(
              new float[Math.max(count, ws.rows.length)][newWidth], new float[newWidth]);
      CURRENT.set(ws);
    }
    return ws;
  }
}
