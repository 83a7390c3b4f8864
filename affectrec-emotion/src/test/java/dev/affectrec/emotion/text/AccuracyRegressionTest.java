package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.emotion.text.data.DatasetCatalog;
import dev.affectrec.emotion.text.data.RatedText;
import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.eval.RegressionMetrics;
import dev.affectrec.emotion.text.job.EvalJob;
import dev.affectrec.emotion.text.job.EvalOptions;
import dev.affectrec.testkit.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped heads on a fixed slice of real dev data (the first 200 examples; 600 for intensity),
 * within a tolerance of the full-dev numbers in docs/EVALUATION.md. Skips without shared/data
 * unless CI=true.
 */
class AccuracyRegressionTest {
  private static Path data;
  private static TextEmotionRecognizer recognizer;

  @BeforeAll
  static void setUp() {
    data = SharedData.require("data/sst2").getParent();
    recognizer = TextEmotionRecognizer.loadDefault(2);
  }

  @AfterAll
  static void tearDown() {
    if (recognizer != null) {
      recognizer.close();
    }
  }

  private static ClassificationReport eval(String dataset) throws Exception {
    return new EvalJob(recognizer).run(new EvalOptions(dataset, null, data, 200));
  }

  @Test
  void sst2() throws Exception {
    assertThat(eval("sst2").accuracy()).isGreaterThan(0.85);
  }

  @Test
  void chnSentiCorp() throws Exception {
    assertThat(eval("chnsenticorp").accuracy()).isGreaterThan(0.83);
  }

  /**
   * The trained English intensity head against the derived formula on the first 600 texts of the
   * VADER dev split (full-dev numbers: docs/EVALUATION.md, "Intensity head (session 3)"). The
   * formula is recovered from the reading: {@code (1 - P(neutral)) * max(P(neg|polar),
   * P(pos|polar))} is the larger of its negative and positive polarity scores.
   */
  @Test
  void intensityHeadFollowsHumanRatingsBetterThanTheFormula() {
    List<RatedText> dev = DatasetCatalog.loadIntensity(data).dev().subList(0, 600);
    List<TextEmotionResult> results =
        recognizer.readAll(dev.stream().map(RatedText::text).toList());
    double[] gold = new double[dev.size()];
    double[] head = new double[dev.size()];
    double[] formula = new double[dev.size()];
    for (int i = 0; i < dev.size(); i++) {
      EmotionReading r = results.get(i).reading();
      gold[i] = dev.get(i).intensity();
      head[i] = r.intensity();
      formula[i] = Math.max(r.polarity().negative(), r.polarity().positive());
    }
    double headR = RegressionMetrics.pearson(head, gold);
    double formulaR = RegressionMetrics.pearson(formula, gold);
    assertThat(headR).isGreaterThan(0.65).isGreaterThan(formulaR + 0.1);
    assertThat(RegressionMetrics.meanAbsoluteError(head, gold))
        .isLessThan(RegressionMetrics.meanAbsoluteError(formula, gold));
  }

  @Test
  void goEmotionsEkman() throws Exception {
    ClassificationReport r = eval("goemotions-ekman");
    assertThat(r.macroF1()).isGreaterThan(0.45);
    assertThat(r.ece()).isLessThan(0.15);
  }
}
