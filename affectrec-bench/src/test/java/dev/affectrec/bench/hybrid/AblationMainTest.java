package dev.affectrec.bench.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class AblationMainTest {

  @Test
  void theColdSliceKeepsTestUsersWithOneToThreeTrainingInteractions() {
    List<Interaction> train =
        List.of(
            new Interaction("cold", "a", 1, 1),
            new Interaction("warm", "a", 1, 1),
            new Interaction("warm", "b", 1, 1),
            new Interaction("warm", "c", 1, 1),
            new Interaction("warm", "d", 1, 1));
    List<Interaction> test =
        List.of(
            new Interaction("cold", "b", 1, 2),
            new Interaction("warm", "e", 1, 2),
            new Interaction("stranger", "a", 1, 2));
    Split cold = AblationMain.coldSlice(new Split("s", train, test));
    assertThat(cold.test()).extracting(Interaction::user).containsExactly("cold");
    assertThat(cold.train()).hasSize(5);
    assertThat(cold.name()).isEqualTo("s-cold");
  }

  @Test
  void everyAblationRowIsAValidAlgorithm() {
    AlgorithmRegistry registry = AlgorithmRegistry.discover();
    List<AlgorithmSpec> specs = AblationMain.specs("itemknn", true);
    assertThat(specs).hasSize(6);
    assertThat(AblationMain.specs("itemknn", false)).hasSize(5);
    specs.forEach(s -> assertThat(registry.create(s, AlgorithmContext.plain())).isNotNull());
  }

  @Test
  void coldUsersKeepTheirEarliestInteractionsAndWarmUsersTheirEarliestShare() {
    List<Interaction> data = new java.util.ArrayList<>();
    for (int t = 0; t < 10; t++) {
      data.add(new Interaction("u", "i" + t, 1, 100 - t));
    }
    Split allCold = new ColdStartSplit(1, 3, 0.2, 1).split(data);
    assertThat(allCold.train()).extracting(Interaction::time).containsExactly(91L, 92L, 93L);
    assertThat(allCold.test()).hasSize(7);
    Split allWarm = new ColdStartSplit(0, 3, 0.2, 1).split(data);
    assertThat(allWarm.train()).hasSize(8);
    assertThat(allWarm.test()).extracting(Interaction::time).containsExactly(99L, 100L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColdStartSplit(2, 3, 0.2, 1))
        .hasMessageContaining("coldShare");
  }

  @Test
  void deduplicationKeepsTheLatestInteractionOfAPair() {
    List<Interaction> out =
        AblationMain.deduplicated(
            List.of(
                new Interaction("u", "i", 5, 2),
                new Interaction("u", "i", 1, 9),
                new Interaction("u", "j", 3, 1)));
    assertThat(out).extracting(Interaction::value).containsExactly(1f, 3f);
  }
}
