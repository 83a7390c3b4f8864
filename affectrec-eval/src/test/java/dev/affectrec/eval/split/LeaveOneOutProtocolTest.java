package dev.affectrec.eval.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeaveOneOutProtocolTest {

  /** 40 users who each reviewed r on day 1 and p then q on day 2 (the same day: a tie). */
  private static List<Interaction> tiedDays() {
    List<Interaction> data = new ArrayList<>();
    for (int u = 0; u < 40; u++) {
      data.add(new Interaction("u" + u, "r", 5, 86_400));
      data.add(new Interaction("u" + u, "p", 5, 2 * 86_400));
      data.add(new Interaction("u" + u, "q", 5, 2 * 86_400));
    }
    return data;
  }

  @Test
  void aTieOfTheLatestTimeIsDrawnWithTheSeedNotTakenInFileOrder() {
    Split split = new LeaveOneOutProtocol(42).split(tiedDays()).get(0);
    assertThat(split.test()).hasSize(40).allMatch(i -> i.time() == 2 * 86_400);
    Set<String> held = split.test().stream().map(Interaction::item).collect(Collectors.toSet());
    assertThat(held).as("both tied items are drawn").containsExactlyInAnyOrder("p", "q");
    assertThat(split.train()).hasSize(80);
    assertThat(new LeaveOneOutProtocol(42).split(tiedDays())).isEqualTo(List.of(split));
    assertThat(new LeaveOneOutProtocol(43).split(tiedDays()).get(0).test())
        .isNotEqualTo(split.test());
  }

  @Test
  void aRepeatedReviewKeepsOnlyItsLatestSoTheHeldOutItemIsNotInTraining() {
    List<Interaction> data =
        List.of(
            new Interaction("v", "a", 2, 10),
            new Interaction("v", "b", 4, 20),
            new Interaction("v", "a", 5, 30),
            new Interaction("w", "a", 4, 10),
            new Interaction("w", "a", 4, 10),
            new Interaction("solo", "a", 3, 10));
    Split split = new LeaveOneOutProtocol(1).split(data).get(0);
    assertThat(split.test()).containsExactly(new Interaction("v", "a", 5, 30));
    assertThat(split.train())
        .containsExactly(
            new Interaction("v", "b", 4, 20),
            new Interaction("w", "a", 4, 10),
            new Interaction("solo", "a", 3, 10));
  }
}
