package dev.affectrec.io.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void rendersTheShareDoneOrTheCountWhenTheTotalIsUnknown() {
    ProgressBar bar = new ProgressBar(null, "importing x", true);

    assertThat(bar.render(50, 200, 3.4))
        .isEqualTo("importing x [########                      ]  25% (3 s, about 10 s left)");
    assertThat(bar.render(1_234_567, -1, 12)).isEqualTo("importing x 1,234,567 (12 s)");
  }

  @Test
  void estimatesTheTimeLeftAtThePaceSoFarOnceThereIsEnoughToGoOn() {
    ProgressBar bar = new ProgressBar(null, "importing x", true);

    assertThat(bar.render(100, 400, 30))
        .isEqualTo(
            "importing x [########                      ]  25% (30 s, about 1 min 30 s left)");
    assertThat(ProgressBar.secondsLeft(0.5, 10)).isEqualTo(10);
    assertThat(ProgressBar.secondsLeft(0.005, 10)).as("under 1% done").isNaN();
    assertThat(ProgressBar.secondsLeft(0.5, 0.5)).as("under a second").isNaN();
    assertThat(ProgressBar.secondsLeft(1, 10)).as("done").isNaN();
    assertThat(ProgressBar.duration(7.4)).isEqualTo("7 s");
    assertThat(ProgressBar.duration(185)).isEqualTo("3 min 05 s");
    assertThat(ProgressBar.duration(7440)).isEqualTo("2 h 04 min");
  }

  @Test
  void aCountingBarAdvancesToItsTotalAndFinishesOnItsOwnLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ProgressBar bar = ProgressBar.counting(out, 4);

    bar.label("als on split 1");
    bar.advance(3);
    assertThat(bar.fraction()).isEqualTo(0.75);
    bar.advance(5);
    assertThat(bar.fraction()).isEqualTo(1.0);
    bar.finish();
    bar.close();

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\rals on split 1 [")
        .matches("(?s).*\\] 100% \\(\\d+ s\\)" + System.lineSeparator());
  }

  @Test
  void aDisabledBarDrawsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", false)) {
      bar.update(1, 2);
      bar.label("y");
      bar.finish();
    }
    assertThat(bytes.size()).isZero();
  }

  @Test
  void aShorterLineOverwritesTheWholeLongerOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ProgressBar bar = new ProgressBar(out, "a long label", true);
    bar.label("a long label");
    bar.label("short");
    String text = bytes.toString(StandardCharsets.UTF_8);
    String first = text.substring(1, text.indexOf('\r', 1));
    String second = text.substring(text.indexOf('\r', 1) + 1);
    assertThat(second).startsWith("short (").hasSameSizeAs(first);
  }

  @Test
  void closeErasesADrawnBar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", true)) {
      bar.update(1, 2);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
  }
}
