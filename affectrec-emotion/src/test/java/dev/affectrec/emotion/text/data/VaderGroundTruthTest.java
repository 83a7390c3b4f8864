package dev.affectrec.emotion.text.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaderGroundTruthTest {

  private static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsCrlfLinesIntoAbsoluteRatingOverFour(@TempDir Path dir) throws IOException {
    Path file =
        write(dir, "t.txt", "1\t2.0\tYay. Another good phone interview.\r\n2\t-4\tawful\r\n\r\n");
    List<RatedText> rows = VaderGroundTruth.read(file, "tweets");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text()).isEqualTo("Yay. Another good phone interview.");
    assertThat(rows.get(0).intensity()).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get(1).intensity()).isEqualTo(1.0);
    assertThat(rows.get(1).source()).isEqualTo("tweets");
  }

  @Test
  void badLinesNameTheFileAndTheLine(@TempDir Path dir) throws IOException {
    String good = "1\t1.5\tfine text\n";
    List<String[]> cases =
        List.of(
            new String[] {"2\t1.5 no text field\n", "expected id<TAB>rating<TAB>text"},
            new String[] {"2\thigh\tsome text\n", "rating 'high' is not a number"},
            new String[] {"2\t4.5\tsome text\n", "outside [-4, 4]"},
            new String[] {"2\tNaN\tsome text\n", "outside [-4, 4]"},
            new String[] {"2\t1.0\t   \n", "empty text"});
    for (String[] c : cases) {
      Path file = write(dir, "bad.txt", good + c[0]);
      assertThatThrownBy(() -> VaderGroundTruth.read(file, "tweets"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("line 2")
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void loadsTheThreeCorporaDeduplicatedWithASeededSplit(@TempDir Path dir) throws IOException {
    Path vader = dir.resolve(VaderGroundTruth.FOLDER);
    int n = 0;
    for (String file : VaderGroundTruth.FILES.keySet()) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        lines.append(n).append('\t').append(i % 9 - 4).append("\ttext ").append(n++).append("\r\n");
      }
      lines.append("dup\t1\ttext 0\r\n");
      write(vader, file, lines.toString());
    }
    write(vader, "movieReviewSnippets_GroundTruth.txt", "1\t1\tnot used\n");
    IntensityDataset ds = DatasetCatalog.loadIntensity(dir);
    assertThat(ds.name()).isEqualTo(DatasetCatalog.INTENSITY);
    assertThat(ds.train()).hasSize(48);
    assertThat(ds.dev()).hasSize(12);
    Set<String> texts = new HashSet<>();
    List<RatedText> all = new ArrayList<>(ds.train());
    all.addAll(ds.dev());
    all.forEach(r -> texts.add(r.text()));
    assertThat(texts).hasSize(60).doesNotContain("not used");
    assertThat(all.stream().map(RatedText::source).distinct())
        .containsExactlyInAnyOrder("tweets", "amazon", "nyt");
    assertThat(DatasetCatalog.loadIntensity(dir)).isEqualTo(ds);
    assertThat(ds.fileHashes())
        .containsOnlyKeys(
            "vader-sentiment-ground-truth/tweets_GroundTruth.txt",
            "vader-sentiment-ground-truth/amazonReviewSnippets_GroundTruth.txt",
            "vader-sentiment-ground-truth/nytEditorialSnippets_GroundTruth.txt");
  }

  @Test
  void polarityKeepsTheIntensitySplitAndOnlyClearlyRatedSnippets(@TempDir Path dir)
      throws IOException {
    Path vader = dir.resolve(VaderGroundTruth.FOLDER);
    int n = 0;
    for (String file : VaderGroundTruth.FILES.keySet()) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        double rating = (i % 9 - 4) * 0.9;
        lines.append(n).append('\t').append(rating).append("\ttext ").append(n++).append('\n');
      }
      write(vader, file, lines.toString());
    }
    IntensityDataset intensity = DatasetCatalog.loadIntensity(dir);
    TextDataset polarity = DatasetCatalog.load(DatasetCatalog.VADER_POLARITY, dir);
    assertThat(polarity.labels()).containsExactly("negative", "positive");
    Set<String> devTexts = new HashSet<>();
    intensity.dev().forEach(r -> devTexts.add(r.text()));
    assertThat(polarity.dev()).allMatch(e -> devTexts.contains(e.text()));
    assertThat(polarity.train()).noneMatch(e -> devTexts.contains(e.text()));
    // 0.9 x (-4..4): |rating| >= 1 for 14 of each file's 20; "text 0" is rated -3.6.
    assertThat(polarity.train().size() + polarity.dev().size()).isEqualTo(42);
    List<Example> all = new ArrayList<>(polarity.train());
    all.addAll(polarity.dev());
    assertThat(all).filteredOn(e -> e.text().equals("text 0")).allMatch(e -> e.label() == 0);
    assertThat(all).filteredOn(e -> e.text().equals("text 8")).allMatch(e -> e.label() == 1);
  }

  @Test
  void aMissingFileOrMalformedLineIsNamed(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> DatasetCatalog.loadIntensity(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tweets_GroundTruth.txt");
    Path vader = dir.resolve(VaderGroundTruth.FOLDER);
    for (String file : VaderGroundTruth.FILES.keySet()) {
      write(vader, file, "1\t1\tok\n");
    }
    write(vader, "nytEditorialSnippets_GroundTruth.txt", "1\t1\tok\n2\t1\n");
    assertThatThrownBy(() -> DatasetCatalog.loadIntensity(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nytEditorialSnippets_GroundTruth.txt line 2");
    assertThatThrownBy(() -> new RatedText("x", 1.5, "tweets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("intensity");
  }
}
