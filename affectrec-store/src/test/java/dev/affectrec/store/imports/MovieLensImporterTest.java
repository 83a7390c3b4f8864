package dev.affectrec.store.imports;

import static dev.affectrec.store.imports.ImportTesting.run;
import static dev.affectrec.store.imports.ImportTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovieLensImporterTest extends ImporterTestBase {
  @Test
  void movieLens100kImportsOnceAndReimportAddsNothing() throws Exception {
    Path folder = TestEnvironment.sharedData("movielens-100k");

    ImportReport first = run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);
    ImportReport second = run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);

    assertThat(first).isEqualTo(new ImportReport(100_000, 100_000, 0, 0, List.of()));
    assertThat(second).isEqualTo(new ImportReport(100_000, 0, 100_000, 0, List.of()));
    assertThat(store.stats())
        .isEqualTo(new StoreStats(943, 1682, 100_000, Map.of("rate", 100_000L)));
    assertThat(store.item("543").orElseThrow().title()).isEqualTo("Misérables, Les (1995)");
    assertThat(store.item("1").orElseThrow().categories())
        .containsExactly("Animation", "Children's", "Comedy");
    assertThat(store.user("1"))
        .contains(
            new User(
                "1",
                Map.of("age", "24", "gender", "M", "occupation", "technician", "zip", "85711"),
                null));
    assertThat(store.eventsOfUser("196", 100))
        .contains(
            new Event(
                "movielens:196:242:881250949",
                "196",
                "242",
                EventType.RATE,
                Instant.ofEpochSecond(881250949),
                3.0,
                null,
                null));
  }

  @Test
  void badRowsInAnyFileAreReportedWithTheirFileName() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("ml"));
    write(folder, "u.genre", "unknown|0\nComedy|1\n\n");
    write(
        folder, "u.item", "1|Film A|01-Jan-1995||http://x|0|1\n2|Film B|||http://y|0|7\n3|short\n");
    write(folder, "u.user", "1|24|M|technician|85711\n2|bad\n");
    write(folder, "u.data", "1\t1\t5\t881250949\n1\t2\tfive\t881250949\n1\t3\n");

    ImportReport report = run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);

    assertThat(report.read()).isEqualTo(6);
    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(e -> e.file() + ":" + e.line() + ": " + e.message())
        .containsExactly(
            "u.item:2: genre flag for Comedy must be 0 or 1 but was '7'",
            "u.item:3: expected 7 |-separated fields but found 2",
            "u.user:2: expected 5 |-separated fields (id|age|gender|occupation|zip) but found 2",
            "u.data:2: rating 'five' is not a number",
            "u.data:3: expected user<TAB>item<TAB>rating[<TAB>time] but found 2 field(s): '1\t3'");
    assertThat(store.item("1"))
        .contains(
            new Item(
                "1",
                "Film A",
                "",
                List.of("Comedy"),
                Map.of("release_date", "01-Jan-1995", "imdb_url", "http://x"),
                null));
  }

  /**
   * Found by MovieLensImportFuzzTest: a u.user or u.data id with a control character was stored (no
   * id rule applied to u.item, u.user and u.data), and a timestamp past 2100 became an event.
   */
  @Test
  void idsOfItemsAndUsersAndRatingTimesFollowTheRulesOfEveryEvent() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("ml"));
    write(folder, "u.genre", "unknown|0\n");
    write(folder, "u.item", "i\u0012x|Film|||http://x|0\n");
    write(folder, "u.user", "\u0012../u|24|M|writer|1\n");
    write(folder, "u.data", "1\t1\t5\t881250949\n1\t2\t5\t8800000000\n9\u001a2\t3\t1\t878887116\n");

    ImportReport report = run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(e -> e.file() + ":" + e.line() + ": " + e.message())
        .containsExactly(
            "u.item:1: item id must not contain control characters but has U+0012 at index 1",
            "u.user:1: user id must not contain control characters but has U+0012 at index 0",
            "u.data:2: timestamp 8800000000 is not a time from 1970-01-01T00:00:00Z up to"
                + " 2100-01-01T00:00:00Z in epoch seconds",
            "u.data:3: user must not contain control characters but has U+001A at index 1");
  }

  @Test
  void strictImportStoresNeitherItemsNorEventsWhenARowIsBad() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("ml"));
    write(folder, "u.genre", "unknown|0\n");
    write(folder, "u.item", "1|Film A|||http://x|0\n");
    write(folder, "u.data", "1\t1\t5\t881250949\n1\t2\tfive\t881250949\n");

    ImportReport report =
        run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS.withStrict(true));

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, Map.of()));
  }

  @Test
  void folderProblemsAreWholeInputErrors() throws Exception {
    Path noData = Files.createDirectory(dir.resolve("empty-folder"));
    Path noGenre = Files.createDirectory(dir.resolve("no-genre"));
    write(noGenre, "u.data", "1\t1\t5\t881250949\n");
    write(noGenre, "u.item", "1|Film A|||http://x|0\n");

    assertThatThrownBy(() -> run(ImportFormat.MOVIELENS, noData, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has no u.data");
    assertThatThrownBy(() -> run(ImportFormat.MOVIELENS, noGenre, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("u.genre is missing");
    assertThatThrownBy(
            () ->
                run(
                    ImportFormat.MOVIELENS,
                    noGenre.resolve("u.data"),
                    store,
                    ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not a directory");
  }
}
