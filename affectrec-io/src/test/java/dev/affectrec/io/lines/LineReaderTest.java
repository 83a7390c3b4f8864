package dev.affectrec.io.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
  @TempDir Path dir;

  @Test
  void splitsLinesKeepingEmptyOnesAndDroppingCarriageReturnsAndTheByteOrderMark()
      throws IOException {
    Path file = dir.resolve("a.txt");
    Files.write(file, bytes("\uFEFFfirst\r\n  \n\nthird 好"));

    List<String> lines = new ArrayList<>();
    List<Boolean> blank = new ArrayList<>();
    try (LineReader reader = new LineReader(InputFiles.open(file, ReadProgress.NONE), "a.txt")) {
      while (reader.next()) {
        lines.add(reader.number() + ":" + reader.utf8());
        blank.add(reader.isBlank());
      }
    }

    assertThat(lines).containsExactly("1:first", "2:  ", "3:", "4:third 好");
    assertThat(blank).containsExactly(false, true, true, false);
  }

  @Test
  void eachNonBlankVisitsOnlyLinesWithContent() throws IOException {
    Path file = dir.resolve("b.txt");
    Files.write(file, bytes("a\n \t\n\nb\n"));
    List<String> visited = new ArrayList<>();

    Lines.eachNonBlank(file, line -> visited.add(line.number() + ":" + line.utf8()));

    assertThat(visited).containsExactly("1:a", "4:b");
  }

  @Test
  void gzipIsDetectedByItsMagicBytesAndProgressCountsFileBytes() throws IOException {
    Path file = dir.resolve("no-suffix");
    Files.write(file, gzip(bytes("a\nb\n")));
    List<Long> progress = new ArrayList<>();

    List<String> lines = new ArrayList<>();
    try (LineReader reader =
        new LineReader(InputFiles.open(file, (done, total) -> progress.add(done)), "f")) {
      while (reader.next()) {
        lines.add(reader.latin1());
      }
    }

    assertThat(lines).containsExactly("a", "b");
    assertThat(progress).last().isEqualTo(Files.size(file));
  }

  @Test
  void invalidUtf8NamesTheLineAndByte() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'o', 'k', '\n', 'a', (byte) 0xff});

    try (LineReader reader = new LineReader(InputFiles.open(file, ReadProgress.NONE), "bad.txt")) {
      reader.next();
      reader.requireUtf8();
      reader.next();
      assertThatThrownBy(reader::requireUtf8)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("bad.txt line 2: not valid UTF-8 (bad byte 0xff at byte 2");
    }
  }

  @Test
  void aTruncatedGzipStreamIsAnInputError() throws IOException {
    byte[] whole = gzip(bytes("line one\nline two\n".repeat(100)));
    Path file = dir.resolve("cut.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length - 12));

    assertThatThrownBy(
            () -> {
              try (LineReader reader =
                  new LineReader(InputFiles.open(file, ReadProgress.NONE), "cut.gz")) {
                while (reader.next()) {
                  reader.requireUtf8();
                }
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cut.gz is truncated");
  }

  /** Found by CsvImportFuzzTest: an EOFException escaped as an I/O failure. */
  @Test
  void aGzipHeaderCutShortIsAnInputError() throws IOException {
    Path file = dir.resolve("header.gz");
    Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});

    assertThatThrownBy(() -> InputFiles.open(file, ReadProgress.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("header.gz is not a valid gzip file")
        .hasMessageContaining("truncated");
  }

  @Test
  void missingAndEmptyFilesAreInputErrors() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty"));

    assertThatThrownBy(() -> InputFiles.open(dir.resolve("nope"), ReadProgress.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("does not exist");
    assertThatThrownBy(() -> InputFiles.open(dir, ReadProgress.NONE))
        .hasMessageEndingWith("is not a regular file");
    assertThatThrownBy(() -> InputFiles.open(empty, ReadProgress.NONE))
        .hasMessageEndingWith("is empty");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
