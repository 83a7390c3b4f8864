package dev.affectrec.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensItemTest {
  @TempDir Path dir;

  @Test
  void readsGenreNamesInIndexOrderAndFlagsThem() throws Exception {
    Path genre = Files.writeString(dir.resolve("u.genre"), "Comedy|1\nunknown|0\n\n");
    List<String> names = MovieLensItem.genreNames(genre);

    assertThat(names).containsExactly("unknown", "Comedy");
    assertThat(MovieLensItem.parse("10|Toy Story (1995)|01-Jan-1995||http://x|0|1", names))
        .isEqualTo(
            new MovieLensItem(
                "10", "Toy Story (1995)", "01-Jan-1995", "", "http://x", List.of("Comedy")));
  }

  /** Found by MovieLensImportFuzzTest: a gap in the indexes gave a null genre and an NPE. */
  @Test
  void genreIndexesWithAGapOrARepeatAreInputErrors() throws Exception {
    Path gap = Files.writeString(dir.resolve("gap"), "unknown|5\nAction|1\nAdventure|2\n");
    Path twice = Files.writeString(dir.resolve("twice"), "unknown|0\nAction|0\n");

    assertThatThrownBy(() -> MovieLensItem.genreNames(gap))
        .isInstanceOf(InputException.class)
        .hasMessage("u.genre: the indexes of its 3 genres must run from 0 to 2, but 0 is missing");
    assertThatThrownBy(() -> MovieLensItem.genreNames(twice))
        .isInstanceOf(InputException.class)
        .hasMessage("u.genre line 2: index 0 appears twice");
  }

  @Test
  void badLinesSayWhatIsWrong() throws Exception {
    List<String> names = List.of("unknown", "Comedy");
    assertThatThrownBy(() -> MovieLensItem.parse("3|short", names))
        .hasMessage("expected 7 |-separated fields but found 2");
    assertThatThrownBy(() -> MovieLensItem.parse("2|Film B|||http://y|0|7", names))
        .hasMessage("genre flag for Comedy must be 0 or 1 but was '7'");
    Path genre = Files.writeString(dir.resolve("u.genre"), "Comedy\n");
    assertThatThrownBy(() -> MovieLensItem.genreNames(genre))
        .isInstanceOf(InputException.class)
        .hasMessage("u.genre line 1: expected 'name|index' but got Comedy");
  }
}
