package dev.affectrec.eval.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.InputException;
import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.harness.EvaluationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsTest {
  @TempDir Path dir;
  private Path train;

  @BeforeEach
  void writeData() throws Exception {
    train = TasteGroups.write(dir.resolve("train.tsv"));
  }

  @Test
  void evaluateWritesTableJsonAndChart() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path reports = dir.resolve("reports");
    EvaluateOptions o =
        new EvaluateOptions(
            DataFormat.TSV,
            train,
            "holdout",
            "popular,itemknn,ease:lambda=5,biasedmf:epochs=5",
            5,
            reports,
            false,
            0.2,
            42,
            0,
            false);
    EvaluationReport report =
        new EvaluateJob().run(o, new PrintStream(out, true, StandardCharsets.UTF_8), null);
    assertThat(report.results()).hasSize(4);
    assertThat(report.cutoffs()).containsExactly(1, 5, 10, 20);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("| ease:lambda=5 |");
    // Group structure: ease and item-kNN beat popularity.
    double pop = report.results().get(0).metric("ndcg@5").mean();
    assertThat(report.results().get(2).metric("ndcg@5").mean()).isGreaterThan(pop);
    assertThat(report.results().get(3).metric("rmse").mean()).isBetween(0.0, 2.0);
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(json.get("algorithms").get(1).get("algorithm").asText()).isEqualTo("itemknn");
    assertThat(json.get("algorithms").get(1).get("metrics").get("ndcg@5").get("n").asInt())
        .isGreaterThan(20);
    assertThat(Files.size(reports.resolve("ndcg.png"))).isGreaterThan(1000);
    assertThat(Files.size(reports.resolve("happy-ndcg.png"))).isGreaterThan(1000);
    assertThat(Files.readString(reports.resolve("report.md"))).contains("ndcg@5", "happy-ndcg@5");
  }

  @Test
  void evaluateSupportsEveryProtocolAndValidationCuts() throws Exception {
    for (String protocol : List.of("temporal", "loo")) {
      EvaluationReport r =
          new EvaluateJob()
              .run(
                  new EvaluateOptions(
                      DataFormat.TSV, train, protocol, "popular", 10, null, true, 0.2, 1, 2, true),
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                  null);
      assertThat(r.protocol()).isEqualTo("validation:" + protocol);
    }
  }

  @Test
  void recommendFileNeverReturnsTrainingItems() throws Exception {
    Path out = dir.resolve("recs.tsv");
    long lines =
        new RecommendFileJob().run(new RecommendFileOptions(DataFormat.TSV, train, "ease", 3, out));
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize((int) lines);
    Set<String> trained = new HashSet<>();
    for (String line : Files.readAllLines(train)) {
      String[] f = line.split("\t");
      trained.add(f[0] + "\t" + f[1]);
    }
    for (String row : rows) {
      String[] f = row.split("\t");
      assertThat(f).hasSize(4);
      assertThat(trained).doesNotContain(f[0] + "\t" + f[1]);
      assertThat(Integer.parseInt(f[2])).isBetween(1, 3);
      Float.parseFloat(f[3]);
    }
    assertThat(rows.get(0)).startsWith("u0\t");
    assertThat(rows.get(0).split("\t")[2]).isEqualTo("1");
  }

  @Test
  void predictFileWritesEveryPairWithFallbacks() throws Exception {
    Path test = dir.resolve("test.tsv");
    Files.writeString(test, "u0\ti0\t4\nnewcomer\ti2\t3\nu1\tnew-item\t5\n");
    Path out = dir.resolve("pred.tsv");
    long n =
        new PredictFileJob()
            .run(new PredictFileOptions(DataFormat.TSV, train, test, "biasedmf:epochs=5", out));
    List<String> rows = Files.readAllLines(out);
    assertThat(n).isEqualTo(3);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("newcomer\ti2\t");
    for (String row : rows) {
      assertThat(Double.parseDouble(row.split("\t")[2])).isBetween(1.0, 5.0);
    }
    new PredictFileJob().run(new PredictFileOptions(DataFormat.TSV, train, test, "itemknn", out));
    assertThat(Files.readAllLines(out)).hasSize(3).element(1).isEqualTo("newcomer\ti2\t0.0");
  }

  @Test
  void badInputGivesClearErrors() throws Exception {
    Path out = dir.resolve("x.tsv");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(
                        new RecommendFileOptions(
                            DataFormat.TSV, dir.resolve("nope.tsv"), "ease", 10, out)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("training file not found");
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "\n");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, empty, "ease", 10, out)))
        .hasMessageContaining("has no interactions");
    Path json = Files.writeString(dir.resolve("x.json"), "{\"a\":1}\n");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, json, "ease", 10, out)))
        .hasMessageContaining("wrong format")
        .hasMessageContaining("x.json:1:");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, train, "magic", 10, out)))
        .hasMessageContaining("unknown algorithm 'magic'")
        .hasMessageContaining("als, biasedmf, bpr, content, ease, itemknn, popular");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, train, "ease", 0, out)))
        .hasMessageContaining("k must be at least 1 but was 0");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, train, "ease:lamda=3", 1, out)))
        .hasMessageContaining("unknown parameter(s) [lamda]");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(new RecommendFileOptions(DataFormat.TSV, train, "content", 1, out)))
        .hasMessageContaining("needs item texts");
    assertThatThrownBy(
            () ->
                new EvaluateJob()
                    .run(
                        EvaluateOptions.of(DataFormat.TSV, train, "crossval", "popular"),
                        System.out,
                        null))
        .hasMessageContaining("unknown protocol 'crossval'");
  }

  @Test
  void aMissingTrainingFileIsAnInputError() {
    Path missing = dir.resolve("missing.tsv");
    assertThatThrownBy(
            () ->
                new RecommendFileJob()
                    .run(
                        new RecommendFileOptions(
                            DataFormat.TSV, missing, "ease", 10, dir.resolve("o.tsv"))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("training file not found");
  }
}
