package dev.affectrec.recommend.model;

/**
 * A dense matrix kept as one array per row, for scoring loops of the form {@code out[i] += w *
 * row[i]}. HotSpot's C2 (JDK 17) vectorises that loop only when both arrays are indexed by the same
 * expression: with one flat array read at {@code base + i} it cannot rule out that {@code out}
 * overlaps the matrix at an unknown distance and keeps the loop scalar (measured 2.5 to 4.8 times
 * slower, docs/BENCHMARKS.md "Scoring kernels"). Immutable once built; the rows are shared, never
 * exposed for writing.
 */
public final class RowMajor {
  private final float[][] rows;
  private final int columns;

  private RowMajor(float[][] rows, int columns) {
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * Copies a flat row-major matrix.
   *
   * @param flat {@code rows * columns} values, row-major; not kept
   * @throws IllegalArgumentException if the sizes do not match
   */
  public static RowMajor ofFlat(float[] flat, int rows, int columns) {
    requireSize(flat, rows, columns);
    float[][] copy = new float[rows][];
    for (int r = 0; r < rows; r++) {
      copy[r] = java.util.Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
    }
    return new RowMajor(copy, columns);
  }

  /**
   * Takes ownership of {@code rows} without copying: the caller must not change them afterwards.
   *
   * @param rows at least one row, all of the same length
   * @throws IllegalArgumentException if there is no row or the lengths differ
   */
  public static RowMajor adopt(float[][] rows) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("a matrix needs at least one row");
    }
    int columns = rows[0].length;
    for (int r = 1; r < rows.length; r++) {
      if (rows[r].length != columns) {
        throw new IllegalArgumentException(
            "row " + r + " has " + rows[r].length + " values but row 0 has " + columns);
      }
    }
    return new RowMajor(rows, columns);
  }

  /**
   * Copies the transpose of a flat row-major matrix: row {@code c} of the result is column {@code
   * c} of {@code flat}.
   *
   * @param flat {@code rows * columns} values, row-major; not kept
   * @throws IllegalArgumentException if the sizes do not match
   */
  public static RowMajor transposeOf(float[] flat, int rows, int columns) {
    requireSize(flat, rows, columns);
    float[][] t = new float[columns][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        t[c][r] = flat[r * columns + c];
      }
    }
    return new RowMajor(t, rows);
  }

  private static void requireSize(float[] flat, int rows, int columns) {
    if (rows < 0 || columns < 0 || flat.length != (long) rows * columns) {
      throw new IllegalArgumentException(
          "expected " + rows + " x " + columns + " values but got " + flat.length);
    }
  }

  /** The number of rows. */
  public int rows() {
    return rows.length;
  }

  /** The number of columns. */
  public int columns() {
    return columns;
  }

  /** The value at {@code (row, column)}. */
  public float get(int row, int column) {
    return rows[row][column];
  }

  /**
   * {@code out[i] += w * row[i]} for {@code i} in {@code [from, to)}, in that order, each element
   * rounded once per call (bit-identical to the scalar loop).
   *
   * @param row a row index
   * @param out at least {@code to} long
   */
  public void addScaledRow(int row, float w, float[] out, int from, int to) {
    float[] values = rows[row];
    for (int i = from; i < to; i++) {
      out[i] += w * values[i];
    }
  }

  /** The matrix as one flat row-major array (a new copy), for saving. */
  public float[] toFlat() {
    float[] flat = new float[rows.length * columns];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, flat, r * columns, columns);
    }
    return flat;
  }
}
