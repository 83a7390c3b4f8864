package dev.affectrec.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedTsvTest {

  @Test
  void readsTheSameMatrixAsTheObjectReader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synthetic.tsv");
    new SyntheticInteractions(new SyntheticConfig(20_000, 300, 900, 1.0, 0.5, 5)).writeTsv(file);
    InteractionMatrix fast = IndexedTsv.read(file);
    InteractionMatrix objects = InteractionMatrix.of(RatingsReader.read(DataFormat.TSV, file));
    assertThat(fast.nonZeros()).isEqualTo(20_000).isEqualTo(objects.nonZeros());
    assertThat(fast.userCount()).isEqualTo(300);
    for (Interaction i : RatingsReader.read(DataFormat.TSV, file)) {
      int u = fast.users().indexOf(i.user());
      int item = fast.items().indexOf(i.item());
      assertThat(u).isEqualTo(Integer.parseInt(i.user()));
      assertThat(fast.value(u, item)).isEqualTo(i.value());
    }
  }

  @Test
  void aLineWithoutIntegerIdsIsAnInputErrorNamingTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "0\t1\t5\n0\tfilm\t4\n");
    assertThatThrownBy(() -> IndexedTsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("0\tfilm\t4");
  }

  @Test
  void aRepeatedPairIsAnInputError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("twice.tsv");
    Files.writeString(file, "0\t1\t5\n1\t0\t3\n0\t1\t4\n");
    assertThatThrownBy(() -> IndexedTsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("user 0 has item 1 twice");
  }
}
