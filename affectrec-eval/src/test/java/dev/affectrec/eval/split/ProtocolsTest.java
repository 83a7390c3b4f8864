package dev.affectrec.eval.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolsTest {
  private static List<Interaction> data() {
    List<Interaction> list = new ArrayList<>();
    for (int u = 0; u < 5; u++) {
      for (int i = 0; i < 10; i++) {
        list.add(new Interaction("u" + u, "i" + i, 1, 100L * u + i));
      }
    }
    list.add(new Interaction("solo", "i0", 1, 5));
    return list;
  }

  @Test
  void holdoutTakesTheFractionPerUserAndIsSeeded() {
    Split s = new HoldoutProtocol(0.2, 7).split(data()).get(0);
    assertThat(s.test()).hasSize(10);
    assertThat(s.test().stream().filter(i -> i.user().equals("u3"))).hasSize(2);
    assertThat(s.train().stream().filter(i -> i.user().equals("solo"))).hasSize(1);
    assertThat(new HoldoutProtocol(0.2, 7).split(data()).get(0)).isEqualTo(s);
    assertThat(new HoldoutProtocol(0.2, 8).split(data()).get(0).test()).isNotEqualTo(s.test());
    assertThatThrownBy(() -> new HoldoutProtocol(1.5, 1)).hasMessageContaining("fraction");
  }

  @Test
  void temporalPerUserLastNAndGlobalCut() {
    Split last = new TemporalProtocol(3, 0.2).split(data()).get(0);
    assertThat(last.test()).hasSize(15).allMatch(i -> i.time() % 100 >= 7);
    Split global = new TemporalProtocol(0, 0.2).split(data()).get(0);
    assertThat(global.test()).hasSize(10).allMatch(i -> i.user().equals("u4"));
    Split loo = new LeaveOneOutProtocol(1).split(data()).get(0);
    assertThat(loo.test()).hasSize(5).allMatch(i -> i.item().equals("i9"));
    assertThat(loo.name()).isEqualTo("loo");
  }
}
