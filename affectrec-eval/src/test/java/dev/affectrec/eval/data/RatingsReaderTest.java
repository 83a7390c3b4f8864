package dev.affectrec.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.data.Interaction;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsReaderTest {

  @Test
  void readsTsvWithAndWithoutTime(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.tsv");
    Files.writeString(f, "u1\ti1\t4\t100\n\nu2\ti1\t2.5\n");
    List<Interaction> data = RatingsReader.read(DataFormat.TSV, f);
    assertThat(data)
        .containsExactly(new Interaction("u1", "i1", 4, 100), new Interaction("u2", "i1", 2.5f, 0));
  }

  @Test
  void badLinesNameTheirLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.tsv");
    Files.writeString(f, "u1\ti1\t4\nu2,i2,3\n");
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.TSV, f))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("r.tsv:2:")
        .hasMessageContaining("found 1 field");
    Files.writeString(f, "u1\ti1\tfive\n");
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.TSV, f))
        .hasMessageContaining(":1: rating 'five' is not a number");
    Files.writeString(f, "u1\ti1\t5\tyesterday\n");
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.TSV, f))
        .hasMessageContaining("time 'yesterday'");
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.TSV, dir.resolve("missing.tsv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void readsAMovieLensFolderAndItsTexts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("u.data"), "1\t10\t5\t881250949\n2\t10\t3\t881250950\n");
    Files.writeString(dir.resolve("u.genre"), "unknown|0\nComedy|1\n");
    Files.writeString(dir.resolve("u.item"), "10|Toy Story (1995)|01-Jan-1995||http://x|0|1\n");
    assertThat(RatingsReader.read(DataFormat.MOVIELENS, dir)).hasSize(2);
    assertThat(ItemTexts.read(DataFormat.MOVIELENS, dir))
        .containsEntry("10", "Toy Story (1995) Comedy");
    assertThat(ItemTexts.read(DataFormat.TSV, dir)).isEmpty();
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.MOVIELENS, empty))
        .hasMessageContaining("without u.data");
  }

  @Test
  void readsGzippedAmazonJsonLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("reviews.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(
          ("{\"reviewerID\":\"A1\",\"asin\":\"B1\",\"overall\":5.0,\"unixReviewTime\":7,"
                  + "\"summary\":\"Lovely soap\"}\n"
                  + "{\"reviewerID\":\"A2\",\"asin\":\"B1\",\"overall\":3}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    assertThat(RatingsReader.read(DataFormat.AMAZON, f))
        .containsExactly(new Interaction("A1", "B1", 5, 7), new Interaction("A2", "B1", 3, 0));
    assertThat(ItemTexts.read(DataFormat.AMAZON, f).get("B1")).contains("Lovely soap");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"reviewerID\":\"A1\",\"overall\":5}\nnot json\n");
    assertThatThrownBy(() -> RatingsReader.read(DataFormat.AMAZON, bad))
        .hasMessageContaining("bad.json:1: asin is required");
  }

  @Test
  void parsesFormatNames() {
    assertThat(DataFormat.parse("MovieLens")).isEqualTo(DataFormat.MOVIELENS);
    assertThatThrownBy(() -> DataFormat.parse("csv"))
        .hasMessageContaining("known formats: movielens, amazon, tsv");
  }
}
