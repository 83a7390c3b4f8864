package dev.affectrec.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakChartTest {
  @TempDir Path dir;

  @Test
  void readsTheSamplesByColumnNameAndDrawsAPng() throws Exception {
    Path csv = dir.resolve("samples.csv");
    Files.writeString(
        csv,
        "minute,requests_per_s,p50_ms,p99_ms,heap_after_gc_mb\n"
            + "1,990.5,2.1,9.5,310\n"
            + "2,1001,2.0,8.7,\n");
    List<SoakChart.Minute> minutes = SoakChart.read(csv);
    assertThat(minutes)
        .containsExactly(
            new SoakChart.Minute(1, 2.1, 9.5, 310), new SoakChart.Minute(2, 2.0, 8.7, Double.NaN));
    Path png = dir.resolve("soak.png");
    SoakChart.write(minutes, "test", png);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).hasSizeGreaterThan(1000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");
  }

  @Test
  void aBadValueIsNamedByLineAndColumn() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "minute,p50_ms,p99_ms,heap_after_gc_mb\n1,2,x,3\n");
    assertThatThrownBy(() -> SoakChart.read(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column 'p99_ms': 'x' is not a number");
    Files.writeString(csv, "minute,p50_ms\n");
    assertThatThrownBy(() -> SoakChart.read(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no column 'p99_ms'");
  }
}
