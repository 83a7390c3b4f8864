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
        .isEqualTo("importing x [########                      ]  25% (3 s)");
    assertThat(bar.render(1_234_567, -1, 12)).isEqualTo("importing x 1,234,567 (12 s)");
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
        .endsWith("] 100% (0 s)" + System.lineSeparator());
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
  void closeErasesADrawnBar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", true)) {
      bar.update(1, 2);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
  }
}
