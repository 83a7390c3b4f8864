package dev.affectrec.store.imports;

import static dev.affectrec.store.imports.ImportTesting.run;
import static dev.affectrec.store.imports.ImportTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.TestEnvironment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class AmazonReviewImporterTest extends ImporterTestBase {
  @Test
  void allBeautyImportsWithItsDuplicatesReported() throws Exception {
    Path file = TestEnvironment.sharedData("amazon-all-beauty-5core-2018/All_Beauty_5.json.gz");

    ImportReport report = run(ImportFormat.AMAZON, file, store, ImportOptions.DEFAULTS);

    // Measured once, then checked below by an independent count with a plain JSON tree reader.
    assertThat(report).isEqualTo(new ImportReport(5269, 4161, 1108, 0, List.of()));
    IndependentCount count = IndependentCount.of(file);
    assertThat(report.read()).isEqualTo(count.lines);
    assertThat(report.imported()).isEqualTo(count.distinctKeys.size());
    assertThat(report.duplicates()).isEqualTo(count.lines - count.distinctKeys.size());
    assertThat(store.stats().events()).isEqualTo(4161);
    assertThat(store.stats().users()).isEqualTo(count.reviewers.size());
    assertThat(store.stats().eventsByType()).isEqualTo(Map.of("review", 4161L));
  }

  @Test
  void reviewWithoutTextFallsBackToSummaryAndBadLinesAreRejected() throws Exception {
    Path file =
        write(
            dir,
            "reviews.json",
            """
            {"overall": 4.0, "reviewerID": "R1", "asin": "A1", "summary": "Nice", "unixReviewTime": 1472688000, "style": {"Size:": "7 oz"}}
            {"overall": 4.0, "reviewerID": "R2", "asin": "A1", "unixReviewTime": 1472688000}
            {"overall": 4.0, "asin": "A1", "reviewText": "x", "unixReviewTime": 1}
            {"overall": "4", "reviewerID": "R3", "asin": "A1", "reviewText": "x", "unixReviewTime": 1}
            {"reviewerID": "R4", "asin": "A1", "reviewText": "x", "unixReviewTime": 1.5}
            {"reviewerID": "R5", "asin": "A1", "reviewText": "x", "unixReviewTime": 8782160401}
            {"reviewerID": "R6", "asin": "A1", "reviewText": "x", "unixReviewTime": 9223372036854775807}
            """);

    ImportReport report = run(ImportFormat.AMAZON, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(RowError::message)
        .containsExactly(
            "reviewText and summary are both missing or blank",
            "reviewerID is required",
            "overall must be a number but was a string",
            "unixReviewTime must be an integer number of seconds but was 1.5",
            // Found by AmazonImportFuzzTest: times past 2100 were imported.
            "unixReviewTime 8782160401 is not a time from 1970-01-01T00:00:00Z up to"
                + " 2100-01-01T00:00:00Z in epoch seconds",
            "unixReviewTime 9223372036854775807 is not a time from 1970-01-01T00:00:00Z up to"
                + " 2100-01-01T00:00:00Z in epoch seconds");
    assertThat(store.eventsOfUser("R1", 1))
        .containsExactly(
            new Event(
                "amazon:R1:A1:1472688000",
                "R1",
                "A1",
                EventType.REVIEW,
                Instant.ofEpochSecond(1472688000),
                4.0,
                "Nice",
                null));
  }

  /** Counts lines and distinct (reviewer, asin, time) keys with Jackson's tree model. */
  private record IndependentCount(long lines, Set<String> distinctKeys, Set<String> reviewers) {
    static IndependentCount of(Path file) throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      Set<String> keys = new HashSet<>();
      Set<String> reviewers = new HashSet<>();
      long lines = 0;
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          JsonNode node = mapper.readTree(line);
          lines++;
          reviewers.add(node.get("reviewerID").asText());
          keys.add(
              node.get("reviewerID").asText()
                  + "\u0000"
                  + node.get("asin").asText()
                  + "\u0000"
                  + node.get("unixReviewTime").asLong());
        }
      }
      return new IndependentCount(lines, keys, reviewers);
    }
  }
}
