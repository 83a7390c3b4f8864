package dev.affectrec.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.recommend.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemCosineTest {

  @Test
  void countsSharedUsersAndNormalisesByBothColumns() {
    InteractionMatrix m = Fixtures.matrix("u1 a 1, u1 b 5, u2 a 1, u3 b 2, u3 c 1, u4 b 1");
    int a = m.items().indexOf("a");
    int b = m.items().indexOf("b");
    int c = m.items().indexOf("c");
    assertThat(ItemCosine.sharedUsers(m, a, b)).isEqualTo(1);
    assertThat(ItemCosine.of(m, a, b)).isEqualTo(1 / Math.sqrt(2 * 3));
    assertThat(ItemCosine.of(m, b, a)).isEqualTo(ItemCosine.of(m, a, b));
    assertThat(ItemCosine.of(m, c, b)).isEqualTo(1 / Math.sqrt(1 * 3));
    assertThat(ItemCosine.of(m, a, c)).isZero();
    assertThat(ItemCosine.of(m, b, b)).isEqualTo(1);
  }

  @Test
  void anEmptyColumnHasCosineZeroEvenWithItself() {
    InteractionMatrix withUnseen =
        InteractionMatrix.of(
            List.of(new Interaction("u1", "a", 1, 0)),
            IdIndex.of(List.of("u1")),
            IdIndex.of(List.of("a", "unseen")));
    int unseen = withUnseen.items().indexOf("unseen");
    assertThat(ItemCosine.of(withUnseen, unseen, unseen)).isZero();
    assertThat(ItemCosine.of(withUnseen, 0, unseen)).isZero();
  }
}
