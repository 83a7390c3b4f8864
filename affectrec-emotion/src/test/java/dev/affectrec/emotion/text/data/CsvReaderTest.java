package dev.affectrec.emotion.text.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    CsvReader csv =
        new CsvReader(new StringReader("label,review\r\n1,\"a, \"\"b\"\"\nc\"\n0,plain\n"));
    assertThat(csv.next()).containsExactly("label", "review");
    assertThat(csv.next()).containsExactly("1", "a, \"b\"\nc");
    assertThat(csv.next()).containsExactly("0", "plain");
    assertThat(csv.next()).isNull();
  }

  @Test
  void anUnclosedQuoteNamesItsLine() throws IOException {
    CsvReader csv = new CsvReader(new StringReader("a,b\n1,\"never closed\n"));
    csv.next();
    assertThatThrownBy(csv::next).isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void splitsAreSeededAndDisjoint() {
    List<Example> all = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(Example.of("text " + (i % 90), i % 2));
    }
    List<Example> distinct = Splits.distinctTexts(all);
    assertThat(distinct).hasSize(90);
    List<List<Example>> a = Splits.trainDev(distinct, 0.2, 7);
    List<List<Example>> b = Splits.trainDev(distinct, 0.2, 7);
    assertThat(a).isEqualTo(b);
    assertThat(a.get(1)).hasSize(18).doesNotContainAnyElementsOf(a.get(0));
  }
}
