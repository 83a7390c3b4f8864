package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.eval.ClassificationReport;
import dev.affectrec.emotion.text.job.EvalJob;
import dev.affectrec.emotion.text.job.EvalOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped heads on a fixed slice of real dev data (the first 200 examples), within a tolerance
 * of the full-dev numbers in docs/EVALUATION.md. Skips without shared/data unless CI=true.
 */
class AccuracyRegressionTest {
  private static Path data;
  private static TextEmotionRecognizer recognizer;

  @BeforeAll
  static void setUp() {
    data = Path.of(System.getProperty("affectrec.shared.dir", "../shared")).resolve("data");
    boolean present = Files.isDirectory(data.resolve("sst2"));
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present).as("CI must have shared data at " + data).isTrue();
    }
    Assumptions.assumeTrue(present, "shared data not found at " + data + "; skipping");
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

  @Test
  void goEmotionsEkman() throws Exception {
    ClassificationReport r = eval("goemotions-ekman");
    assertThat(r.macroF1()).isGreaterThan(0.45);
    assertThat(r.ece()).isLessThan(0.15);
  }
}
