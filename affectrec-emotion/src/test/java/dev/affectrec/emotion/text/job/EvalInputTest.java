package dev.affectrec.emotion.text.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.emotion.text.data.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalInputTest {
  private static final List<String> LABELS = List.of("negative", "positive");

  @Test
  void readsLabelsByNameOrIndexAndNamesBadLines(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.tsv");
    Files.writeString(ok, "great film\tpositive\n\nawful\t0\n");
    List<Example> examples = EvalJob.readTsv(ok, LABELS);
    assertThat(examples).extracting(Example::label).containsExactly(1, 0);
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "fine\tpositive\nmeh\tsideways\n");
    assertThatThrownBy(() -> EvalJob.readTsv(bad, LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("sideways");
    assertThatThrownBy(() -> new EvalOptions("sst2", null, null, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
