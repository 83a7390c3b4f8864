package dev.affectrec.recommend.knn;

import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import java.io.IOException;

/** An immutable sparse matrix in CSR form: row {@code r} holds (column, value) pairs. */
final class SparseRows {
  private final int[] ptr;
  private final int[] cols;
  private final float[] vals;

  private SparseRows(int[] ptr, int[] cols, float[] vals) {
    this.ptr = ptr;
    this.cols = cols;
    this.vals = vals;
  }

  static SparseRows of(int[][] cols, float[][] vals) {
    int[] ptr = new int[cols.length + 1];
    for (int r = 0; r < cols.length; r++) {
      ptr[r + 1] = ptr[r] + cols[r].length;
    }
    int[] c = new int[ptr[cols.length]];
    float[] v = new float[c.length];
    for (int r = 0; r < cols.length; r++) {
      System.arraycopy(cols[r], 0, c, ptr[r], cols[r].length);
      System.arraycopy(vals[r], 0, v, ptr[r], vals[r].length);
    }
    return new SparseRows(ptr, c, v);
  }

  /** Adds {@code weight} times row {@code row} to {@code out}. */
  void addScaledRow(int row, float weight, float[] out) {
    for (int p = ptr[row]; p < ptr[row + 1]; p++) {
      out[cols[p]] += weight * vals[p];
    }
  }

  /** The value at ({@code row}, {@code col}), or 0. */
  float get(int row, int col) {
    for (int p = ptr[row]; p < ptr[row + 1]; p++) {
      if (cols[p] == col) {
        return vals[p];
      }
    }
    return 0f;
  }

  void write(ModelWriter out) throws IOException {
    out.writeInts(ptr);
    out.writeInts(cols);
    out.writeFloats(vals);
  }

  static SparseRows read(ModelReader in) throws IOException {
    return new SparseRows(in.readInts(), in.readInts(), in.readFloats());
  }
}
