package dev.affectrec.api.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigParametersTest {
  enum Mode {
    MOOD_REGULATING
  }

  record Inner(int rounds, double[] steps) {}

  record Step(String name) {}

  record Outer(
      double lambda,
      boolean binary,
      long seed,
      Mode mode,
      Duration halfLife,
      Inner inner,
      Map<Mode, Double> weights,
      List<String> languages,
      Set<Integer> sizes,
      List<Step> steps,
      Optional<String> label,
      String none) {}

  private static final Outer OUTER =
      new Outer(
          0.1,
          true,
          42,
          Mode.MOOD_REGULATING,
          Duration.ofDays(7),
          new Inner(3, new double[] {0.5, 0.25}),
          Map.of(Mode.MOOD_REGULATING, 0.8),
          List.of("en", "zh"),
          Set.of(3, 1, 2),
          List.of(new Step("a"), new Step("b")),
          Optional.empty(),
          null);

  @Test
  void rendersEveryComponentInDeclarationOrder() {
    String rendered =
        ConfigParameters.of(OUTER).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    assertThat(rendered)
        .isEqualTo(
            """
            lambda=0.1
            binary=true
            seed=42
            mode=mood-regulating
            halfLife=PT168H
            inner.rounds=3
            inner.steps=[0.5, 0.25]
            weights.mood-regulating=0.8
            languages=[en, zh]
            sizes=[1, 2, 3]
            steps.0.name=a
            steps.1.name=b
            label=[]
            none=null""");
  }

  @Test
  void isUnmodifiableAndRepeatable() {
    Map<String, String> first = ConfigParameters.of(OUTER);
    assertThat(ConfigParameters.of(OUTER)).isEqualTo(first);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
