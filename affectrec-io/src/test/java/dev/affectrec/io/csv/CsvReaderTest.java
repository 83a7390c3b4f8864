package dev.affectrec.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import dev.affectrec.io.lines.LineReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    CsvReader csv =
        CsvReader.of(new StringReader("label,review\r\n1,\"a, \"\"b\"\"\nc\"\n\n0,plain\n"));
    assertThat(csv.next()).containsExactly("label", "review");
    assertThat(csv.next()).containsExactly("1", "a, \"b\"\nc");
    assertThat(csv.startLine()).isEqualTo(2);
    assertThat(csv.next()).containsExactly("0", "plain");
    assertThat(csv.startLine()).isEqualTo(5);
    assertThat(csv.next()).isNull();
  }

  @Test
  void anUnclosedQuoteNamesItsLine() throws IOException {
    CsvReader csv = CsvReader.of(new StringReader("a,b\n1,\"never closed\n"));
    csv.next();
    assertThatThrownBy(csv::next)
        .isInstanceOf(CsvSyntaxException.class)
        .hasMessageStartingWith("line 2: ")
        .satisfies(e -> assertThat(((CsvSyntaxException) e).line()).isEqualTo(2));
  }

  @Test
  void fromLinesAnUnquotedEmptyFieldIsNullAndAQuotedOneIsEmpty() throws IOException {
    try (CsvReader csv = CsvReader.emptyAsNull(lines("\uFEFFa,b,c\r\n  \n,\"\",x\n"))) {
      assertThat(csv.next()).containsExactly("a", "b", "c");
      assertThat(csv.next()).containsExactly(null, "", "x");
      assertThat(csv.startLine()).isEqualTo(3);
      assertThat(csv.next()).isNull();
    }
  }

  @Test
  void fromLinesInvalidUtf8IsAnInputErrorNamingTheLine() throws IOException {
    byte[] bytes = "a,b\n1,x\n".getBytes(StandardCharsets.UTF_8);
    bytes = Arrays.copyOf(bytes, bytes.length + 2);
    bytes[bytes.length - 2] = (byte) 0xc3;
    bytes[bytes.length - 1] = '\n';
    CsvReader csv =
        CsvReader.emptyAsNull(new LineReader(new ByteArrayInputStream(bytes), "bad.csv"));

    assertThatThrownBy(
            () -> {
              while (csv.next() != null) {
                // read to the bad line
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bad.csv line 3");
  }

  private static LineReader lines(String text) {
    return new LineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }
}
