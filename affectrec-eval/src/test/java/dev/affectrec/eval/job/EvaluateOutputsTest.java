package dev.affectrec.eval.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.report.MetricChart;
import dev.affectrec.eval.split.Split;
import dev.affectrec.io.csv.CsvReader;
import dev.affectrec.recommend.data.Interaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files {@code evaluate --out} writes beside the table, read back from a small run. */
class EvaluateOutputsTest {
  private static final String ALGORITHMS = "popular,ease:lambda=5,biasedmf:epochs=5";

  @TempDir static Path dir;
  private static Path train;
  private static Path out;
  private static EvaluationReport report;

  private static EvaluateOptions options;

  @BeforeAll
  static void evaluate() throws Exception {
    train = TasteGroups.write(dir.resolve("train.tsv"));
    out = dir.resolve("reports");
    options =
        new EvaluateOptions(
            DataFormat.TSV, train, "holdout", ALGORITHMS, 5, out, false, 0.2, 7, 0, false, 0);
    report =
        new EvaluateJob()
            .run(
                options,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                null);
  }

  @Test
  void perUserValuesAverageToTheReportedMeans() throws Exception {
    List<List<String>> rows = read(out.resolve("per-user.csv"));
    List<String> header = rows.get(0);
    assertThat(header.subList(0, 3)).containsExactly("algorithm", "split", "user");
    assertThat(header).contains("ndcg@5", "hit@20", "happy-ndcg@5", "ild@20");
    int ndcg = header.indexOf("ndcg@5");
    int happy = header.indexOf("happy-ndcg@5");
    for (AlgorithmResult r : report.results()) {
      List<List<String>> mine =
          rows.subList(1, rows.size()).stream()
              .filter(row -> row.get(0).equals(r.label()))
              .toList();
      assertThat(mine).hasSize(r.metric("ndcg@5").n());
      assertThat(mine).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("holdout"));
      assertThat(mean(mine, ndcg)).isCloseTo(r.metric("ndcg@5").mean(), within(1e-12));
      // Users with no happy held-out item have an empty cell and are left out of the mean.
      assertThat(mean(mine, happy)).isCloseTo(r.metric("happy-ndcg@5").mean(), within(1e-12));
    }
  }

  @Test
  void topListsAreTheRankingsThePerUserValuesWereMeasuredOn() throws Exception {
    // The same split the job made: same protocol, fraction and seed.
    Split split =
        Protocols.create(options).split(JobInputs.read(DataFormat.TSV, train, "input")).get(0);
    Set<String> trained = pairs(split.train());
    Set<String> heldOut = pairs(split.test());
    List<List<String>> rows = read(out.resolve("top-k.csv"));
    assertThat(rows.get(0)).containsExactly("algorithm", "split", "user", "rank", "item", "score");
    Map<String, Integer> length = new HashMap<>();
    Map<String, Double> lastScore = new HashMap<>();
    Map<String, Double> hitAt5 = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String list = row.get(0) + " " + row.get(2);
      String pair = row.get(2) + " " + row.get(4);
      int rank = Integer.parseInt(row.get(3));
      double score = Double.parseDouble(row.get(5));
      assertThat(rank).isEqualTo(length.getOrDefault(list, 0) + 1);
      assertThat(score).isLessThanOrEqualTo(lastScore.getOrDefault(list, Double.MAX_VALUE));
      assertThat(trained).doesNotContain(pair);
      length.put(list, rank);
      lastScore.put(list, score);
      hitAt5.merge(list, rank <= 5 && heldOut.contains(pair) ? 1.0 : 0.0, Math::max);
    }
    // As long as the largest cutoff, or every untrained item of the 20-item catalogue.
    assertThat(length.values()).allSatisfy(n -> assertThat(n).isBetween(10, 20));
    List<List<String>> perUser = read(out.resolve("per-user.csv"));
    int hit = perUser.get(0).indexOf("hit@5");
    Map<String, Double> reported = new HashMap<>();
    perUser.stream()
        .skip(1)
        .forEach(row -> reported.put(row.get(0) + " " + row.get(2), Double.valueOf(row.get(hit))));
    assertThat(hitAt5).isEqualTo(reported);
  }

  private static Set<String> pairs(List<Interaction> interactions) {
    Set<String> out = new HashSet<>();
    interactions.forEach(i -> out.add(i.user() + " " + i.item()));
    return out;
  }

  @Test
  void markdownReportStatesParametersDefinitionsTableAndCharts() throws Exception {
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md)
        .contains("| input | " + train + " |")
        .contains("| format | tsv |")
        .contains("| protocol | holdout |")
        .contains("| fraction | 0.2 |")
        .contains("| seed | 7 |")
        .contains("| k | 5 |")
        .contains("| algorithms | " + ALGORITHMS + " |")
        .contains("| tune | off |")
        .contains("| cutoffs | 1, 5, 10, 20 |")
        .contains("| ease:lambda=5 | ")
        .contains("lambda=5.0")
        .contains("| algorithm | ndcg@5 |")
        .contains("- precision@K: hits in the top K divided by K")
        .contains("- rmse: root mean squared error")
        .contains("- happy-ndcg@K: NDCG with only")
        .contains("![ndcg@](ndcg.png)")
        .contains("![rmse](rmse.png)");
  }

  @Test
  void everyMetricFamilyHasAChart() throws Exception {
    List<String> families = MetricChart.families(report);
    assertThat(families)
        .contains(
            "ndcg@", "happy-ndcg@", "precision@", "recall@", "map@", "mrr@", "coverage@", "rmse");
    List<String> missing = new ArrayList<>();
    for (String family : families) {
      Path png = out.resolve(MetricChart.fileName(family));
      if (!Files.exists(png)) {
        missing.add(png.toString());
        continue;
      }
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).as(family).isEqualTo(800);
      assertThat(image.getHeight()).as(family).isEqualTo(500);
    }
    assertThat(missing).isEmpty();
  }

  private static double mean(List<List<String>> rows, int column) {
    return rows.stream()
        .map(row -> row.get(column))
        .filter(cell -> cell != null && !cell.isEmpty())
        .mapToDouble(Double::parseDouble)
        .average()
        .orElse(Double.NaN);
  }

  private static List<List<String>> read(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader csv = CsvReader.of(in)) {
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
