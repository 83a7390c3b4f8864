package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import dev.affectrec.recommend.content.HashingTextEncoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyColdStartTest {
  private final AtomicInteger builds = new AtomicInteger();

  private LazyColdStart lazy() {
    return LazyColdStart.of(
        () -> {
          builds.incrementAndGet();
          return ColdStartRecommender.of(
              new HashingTextEncoder(256),
              Map.of("scarf", "red wool scarf", "hose", "green garden hose"),
              Map.of(),
              0.2,
              0.2);
        });
  }

  private static List<String> top(LazyColdStart index, String text) {
    return index.get().recommend(text, null, 3, Set.of()).stream().map(ScoredItem::item).toList();
  }

  @Test
  void buildsOnFirstUseOnlyAndOnceForEveryInstanceDerivedBeforeIt() {
    LazyColdStart index = lazy();
    LazyColdStart changed = index.withItem("boots", "wool winter boots");
    assertThat(builds).hasValue(0);
    assertThat(index.isBuilt()).isFalse();

    assertThat(top(changed, "winter boots")).first().isEqualTo("boots");
    assertThat(top(index, "winter boots")).doesNotContain("boots");
    assertThat(builds).hasValue(1);
    assertThat(index.isBuilt()).isTrue();
    assertThat(changed.isBuilt()).isTrue();
  }

  @Test
  void aChangeAfterTheBuildExtendsTheBuiltIndex() {
    LazyColdStart index = lazy();
    index.get();
    LazyColdStart changed = index.withItem("scarf", "garden gloves");
    assertThat(changed.isBuilt()).isTrue();
    assertThat(top(changed, "garden gloves")).first().isEqualTo("scarf");
    assertThat(builds).hasValue(1);
  }
}
