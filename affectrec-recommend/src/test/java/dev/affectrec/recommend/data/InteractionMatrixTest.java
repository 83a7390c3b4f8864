package dev.affectrec.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionMatrixTest {

  @Test
  void buildsRowsAndColumnsSortedWithIndicesInFirstSeenOrder() {
    InteractionMatrix m = Fixtures.matrix("u1 b 2, u1 a 5, u2 a 3");
    assertThat(m.users().ids()).containsExactly("u1", "u2");
    assertThat(m.items().ids()).containsExactly("b", "a");
    assertThat(m.nonZeros()).isEqualTo(3);
    assertThat(m.itemsOf(0)).containsExactly(0, 1);
    assertThat(m.value(0, 1)).isEqualTo(5f);
    assertThat(m.value(1, 0)).isZero();
    assertThat(m.colLength(1)).isEqualTo(2);
    assertThat(m.colUsers()).containsExactly(0, 0, 1);
    assertThat(m.colValues()).containsExactly(2f, 5f, 3f);
    assertThat(m.contains(1, 1)).isTrue();
    assertThat(m.contains(1, 0)).isFalse();
  }

  @Test
  void duplicatePairKeepsTheLatestInteraction() {
    InteractionMatrix m = Fixtures.matrix("u i 5 20, u i 1 10, u j 2 5, u j 3 5");
    assertThat(m.nonZeros()).isEqualTo(2);
    assertThat(m.value(0, 0)).isEqualTo(5f);
    assertThat(m.value(0, 1)).isEqualTo(3f);
  }

  @Test
  void fixedIndicesDropUnknownIdsAndKeepEmptyRows() {
    IdIndex users = IdIndex.of(List.of("x", "u"));
    IdIndex items = IdIndex.of(List.of("i"));
    InteractionMatrix m =
        InteractionMatrix.of(
            List.of(new Interaction("u", "i", 1, 0), new Interaction("u", "z", 1, 0)),
            users,
            items);
    assertThat(m.rowLength(0)).isZero();
    assertThat(m.rowLength(1)).isEqualTo(1);
  }

  @Test
  void rowsAsSavedGiveTheSameMatrixAndBadRowsAreRefused() {
    InteractionMatrix m = Fixtures.matrix("u1 b 2 0, u1 a 5 0, u2 a 3 0, u3 c 1 0");
    int[] rowPtr = new int[m.userCount() + 1];
    for (int u = 0; u < m.userCount(); u++) {
      rowPtr[u + 1] = m.rowEnd(u);
    }
    InteractionMatrix rebuilt =
        InteractionMatrix.ofRows(m.users(), m.items(), rowPtr, m.rowItems(), m.rowValues());
    assertThat(rebuilt.fingerprint()).isEqualTo(m.fingerprint());
    assertThat(rebuilt.colUsers()).containsExactly(m.colUsers());
    assertThat(rebuilt.colValues()).containsExactly(m.colValues());

    int[] unsorted = {1, 0, 0, 2};
    assertThatThrownBy(
            () -> InteractionMatrix.ofRows(m.users(), m.items(), rowPtr, unsorted, m.rowValues()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0");
    assertThatThrownBy(
            () ->
                InteractionMatrix.ofRows(
                    m.users(), m.items(), new int[] {0, 1}, m.rowItems(), m.rowValues()))
        .hasMessageContaining("do not fit");
  }

  @Test
  void fingerprintChangesWithAnyValue() {
    String a = Fixtures.matrix("u a 1, u b 2").fingerprint();
    assertThat(Fixtures.matrix("u a 1, u b 2").fingerprint()).isEqualTo(a).hasSize(64);
    assertThat(Fixtures.matrix("u a 1, u b 3").fingerprint()).isNotEqualTo(a);
  }

  @Test
  void rejectsBadInteractionsAndDuplicateIds() {
    assertThatThrownBy(() -> new Interaction(" ", "i", 1, 0)).hasMessageContaining("user");
    assertThatThrownBy(() -> new Interaction("u", "i", Float.NaN, 0)).hasMessageContaining("value");
    assertThatThrownBy(() -> IdIndex.of(List.of("a", "a"))).hasMessageContaining("duplicate id");
    assertThat(IdIndex.of(List.of("a")).indexOf(null)).isEqualTo(-1);
  }

  @Test
  void latestPositionIsTheNewestInteractionAndTheFirstOfATie() {
    InteractionMatrix m = Fixtures.matrix("u a 1 10, u b 1 30, u c 1 30, v a 1 5");
    int u = m.users().indexOf("u");
    assertThat(m.items().id(m.rowItems()[m.latestPosition(u)])).isEqualTo("b");
    int v = m.users().indexOf("v");
    assertThat(m.latestPosition(v)).isEqualTo(m.rowStart(v));
  }

  @Test
  void aSeededLatestPositionDrawsAmongTheTiedLatestOnly() {
    InteractionMatrix m = Fixtures.matrix("u a 1 10, u b 1 30, u c 1 30, v a 1 5");
    int u = m.users().indexOf("u");
    java.util.Random random = new java.util.Random(42);
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (int n = 0; n < 50; n++) {
      drawn.add(m.items().id(m.rowItems()[m.latestPosition(u, random)]));
    }
    assertThat(drawn).containsExactlyInAnyOrder("b", "c");
    int v = m.users().indexOf("v");
    assertThat(m.latestPosition(v, random)).isEqualTo(m.rowStart(v));
  }
}
