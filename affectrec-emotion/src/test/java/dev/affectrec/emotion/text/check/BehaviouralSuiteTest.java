package dev.affectrec.emotion.text.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the behavioural suite on the shipped encoders and heads (about 370 short texts). */
class BehaviouralSuiteTest {

  @Test
  void theSuiteCoversEveryCapabilityInBothLanguages() {
    Map<String, Set<String>> languages =
        BehaviouralSuite.cases().stream()
            .collect(
                Collectors.groupingBy(
                    CheckCase::capability,
                    Collectors.mapping(CheckCase::language, Collectors.toSet())));
    assertThat(languages.keySet())
        .containsExactlyInAnyOrderElementsOf(BehaviouralSuite.CAPABILITIES);
    for (String capability : BehaviouralSuite.CAPABILITIES) {
      if (capability.equals("mixed-language")) {
        assertThat(languages.get(capability)).containsExactly("en+zh");
      } else if (capability.equals("unsupported-language")) {
        assertThat(languages.get(capability)).contains("other-latin", "other-script");
      } else {
        assertThat(languages.get(capability)).as(capability).containsExactlyInAnyOrder("en", "zh");
      }
    }
  }

  @Test
  void theShippedReadingMeetsTheMinimumsOfIssue14() {
    CheckReport report;
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(2)) {
      report = new CheckJob(recognizer).run();
    }
    assertThat(report.overall()).as(report.render()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.byCapability())
        .as(report.render())
        .allSatisfy((group, rate) -> assertThat(rate).as(group).isGreaterThanOrEqualTo(0.75));
    assertThat(report.meetsMinimums()).isTrue();
  }
}
