package dev.affectrec.recommend.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowMajorTest {
  private static final float[] FLAT = {1, 2, 3, 4, 5, 6}; // 2 x 3

  @Test
  void keepsRowsAndColumnsOfTheFlatMatrix() {
    RowMajor m = RowMajor.ofFlat(FLAT, 2, 3);
    assertThat(m.rows()).isEqualTo(2);
    assertThat(m.columns()).isEqualTo(3);
    assertThat(m.get(1, 0)).isEqualTo(4f);
    assertThat(m.toFlat()).containsExactly(FLAT);
  }

  @Test
  void transposeTurnsColumnsIntoRows() {
    RowMajor t = RowMajor.transposeOf(FLAT, 2, 3);
    assertThat(t.rows()).isEqualTo(3);
    assertThat(t.columns()).isEqualTo(2);
    assertThat(t.toFlat()).containsExactly(1, 4, 2, 5, 3, 6);
  }

  @Test
  void addScaledRowTouchesOnlyTheRange() {
    RowMajor m = RowMajor.ofFlat(FLAT, 2, 3);
    float[] out = {10, 10, 10};
    m.addScaledRow(1, 0.5f, out, 1, 3);
    assertThat(out).containsExactly(10f, 12.5f, 13f);
  }

  @Test
  void isACopyThatTheCallerCannotChange() {
    float[] flat = FLAT.clone();
    RowMajor m = RowMajor.ofFlat(flat, 2, 3);
    flat[0] = 99;
    m.toFlat()[1] = 99;
    assertThat(m.get(0, 0)).isEqualTo(1f);
    assertThat(m.get(0, 1)).isEqualTo(2f);
  }

  @Test
  void adoptsRowsWithoutCopying() {
    float[][] rows = {{1, 2}, {3, 4}};
    RowMajor m = RowMajor.adopt(rows);
    assertThat(m.rows()).isEqualTo(2);
    assertThat(m.get(1, 1)).isEqualTo(4f);
    assertThatThrownBy(() -> RowMajor.adopt(new float[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 values but row 0 has 2");
    assertThatThrownBy(() -> RowMajor.adopt(new float[0][]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsSizesThatDoNotMatch() {
    assertThatThrownBy(() -> RowMajor.ofFlat(FLAT, 4, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 4 x 2 values but got 6");
    assertThatThrownBy(() -> RowMajor.transposeOf(FLAT, -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
