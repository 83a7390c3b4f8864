package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCommandsTest {
  @TempDir Path dir;
  private Path train;

  @BeforeEach
  void writeData() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int u = 0; u < 12; u++) {
      for (int i = 0; i < 8; i++) {
        if ((u + i) % 3 != 0) {
          sb.append("u").append(u).append("\ti").append(i % 2 == u % 2 ? i : i + 8);
          sb.append('\t').append(1 + (u + i) % 5).append('\n');
        }
      }
    }
    train = Files.writeString(dir.resolve("train.tsv"), sb.toString());
  }

  private CliRun evaluate(String format, String algorithms, String... options) {
    return CliRun.of(
        List.of(
            "evaluate",
            "--format",
            format,
            "--input",
            train.toString(),
            "--protocol",
            "holdout",
            "--algorithms",
            algorithms),
        options);
  }

  private CliRun recommendFile(String algorithm, Path out, String... options) {
    return CliRun.of(
        List.of(
            "recommend-file",
            "--format",
            "tsv",
            "--train",
            train.toString(),
            "--algorithm",
            algorithm,
            "--out",
            out.toString()),
        options);
  }

  private CliRun predictFile(Path test, String algorithm, Path out) {
    return CliRun.of(
        "predict-file",
        "--format",
        "tsv",
        "--train",
        train.toString(),
        "--test",
        test.toString(),
        "--algorithm",
        algorithm,
        "--out",
        out.toString());
  }

  @Test
  void evaluateTunePrintsWhatItChoseAndMeasuresItBesideTheSpecAsWritten() {
    CliRun run = evaluate("tsv", "ease,popular", "-k", "5", "--tune", "--tune-budget", "3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Tuned on a validation cut of each training part (budget 3 trials")
        .containsPattern("- ease -> ease(:lambda=[0-9]+)? \\(validation ndcg@5 [0-9.]+, as written")
        .contains("- popular -> popular (validation ndcg@5")
        .contains("| ease |")
        .contains("| popular |");
  }

  @Test
  void evaluateRefusesABudgetBelowOneAndTuneWithValidation() {
    CliRun zero = evaluate("tsv", "ease", "--tune", "--tune-budget", "0");
    assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.err()).contains("--tune-budget must be at least 1 but was 0");
    CliRun both = evaluate("tsv", "ease", "--tune", "--validation");
    assertThat(both.exitCode()).isNotZero();
    assertThat(both.err()).contains("drop --validation");
  }

  @Test
  void evaluatePrintsATable() {
    CliRun run = evaluate("tsv", "popular,itemknn", "-k", "5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("| popular |").contains("| itemknn |").contains("ndcg@5");
  }

  @Test
  void recommendAndPredictFilesWriteTheirLines() throws Exception {
    Path recs = dir.resolve("recs.tsv");
    CliRun run = recommendFile("ease", recs, "-k", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(recs)).hasSize(24).allMatch(l -> l.split("\t").length == 4);
    Path test = Files.writeString(dir.resolve("test.tsv"), "u1\ti3\t4\nghost\ti3\t2\n");
    Path preds = dir.resolve("preds.tsv");
    run = predictFile(test, "biasedmf:epochs=3", preds);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(preds)).hasSize(2);
  }

  @Test
  void hybridEmotionReadsAmazonReviewTextsWithTheShippedTextModel() throws Exception {
    StringBuilder reviews = new StringBuilder();
    String[] texts = {"I love it, works perfectly.", "Terrible, it broke after two days."};
    for (int u = 0; u < 8; u++) {
      for (int i = 0; i < 4; i++) {
        if ((u + i) % 4 != 0) {
          reviews
              .append("{\"reviewerID\":\"u")
              .append(u)
              .append("\",\"asin\":\"i")
              .append(i)
              .append("\",\"overall\":")
              .append(i % 2 == 0 ? 5 : 1)
              .append(",\"unixReviewTime\":")
              .append(1000 + u * 10 + i)
              .append(",\"reviewText\":\"")
              .append(texts[i % 2])
              .append("\"}\n");
        }
      }
    }
    Path amazon = Files.writeString(dir.resolve("reviews.json"), reviews.toString());
    Path recs = dir.resolve("hybrid.tsv");
    CliRun run =
        CliRun.of(
            "recommend-file",
            "--format",
            "amazon",
            "--train",
            amazon.toString(),
            "--algorithm",
            "hybrid-emotion:readings=text:learn=false",
            "-k",
            "1",
            "--out",
            recs.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(recs)).hasSize(8).allMatch(l -> l.split("\t").length == 4);
  }

  @Test
  void badInputExitsWithTwoAndOneLine() {
    Path out = dir.resolve("o.tsv");
    CliRun unknown = recommendFile("nope", out);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().strip()).contains("unknown algorithm 'nope'").doesNotContain("\n");
    CliRun zero = recommendFile("ease", out, "-k", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("k must be at least 1");
    CliRun missing = predictFile(dir.resolve("none.tsv"), "biasedmf", out);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("test file not found");
    CliRun format = evaluate("csv", "popular");
    assertThat(format.exitCode()).isEqualTo(2);
  }
}
