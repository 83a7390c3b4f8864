package dev.affectrec.eval.report;

import dev.affectrec.eval.harness.UserOutcomes;
import dev.affectrec.io.csv.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the {@link UserOutcomes} of an evaluation into two RFC 4180 CSV files, for significance
 * tests elsewhere:
 *
 * <ul>
 *   <li>{@code per-user.csv}: {@code algorithm,split,user} and one column per per-user metric (the
 *       report's names, for example {@code ndcg@10}); an empty cell where the user does not count
 *       for the metric (the report leaves those users out of the mean);
 *   <li>{@code top-k.csv}: {@code algorithm,split,user,rank,item,score}, one row per recommended
 *       item, rank from 1, as long as the largest cutoff.
 * </ul>
 *
 * Each file has one header row. Not thread-safe; close it to flush the files.
 */
public final class UserOutcomesCsv implements Consumer<UserOutcomes>, Closeable {
  /** The file of per-user metric values. */
  public static final String PER_USER = "per-user.csv";

  /** The file of top lists. */
  public static final String TOP_K = "top-k.csv";

  private final Writer perUserFile;
  private final Writer topKFile;
  private final CsvWriter perUser;
  private final CsvWriter topK;
  private List<String> metrics;

  /** Creates (or replaces) both files in the existing folder {@code dir}. */
  public UserOutcomesCsv(Path dir) throws IOException {
    perUserFile = Files.newBufferedWriter(dir.resolve(PER_USER), StandardCharsets.UTF_8);
    try {
      topKFile = Files.newBufferedWriter(dir.resolve(TOP_K), StandardCharsets.UTF_8);
    } catch (IOException e) {
      perUserFile.close();
      throw e;
    }
    perUser = new CsvWriter(perUserFile);
    topK = new CsvWriter(topKFile);
    topK.row(List.of("algorithm", "split", "user", "rank", "item", "score"));
  }

  /**
   * Appends the rows of {@code outcomes}.
   *
   * @throws IllegalArgumentException when its metrics differ from the first outcomes' (one header
   *     cannot describe both)
   * @throws UncheckedIOException when a file cannot be written
   */
  @Override
  public void accept(UserOutcomes outcomes) {
    List<String> names = List.copyOf(outcomes.values().keySet());
    if (metrics == null) {
      metrics = names;
      List<String> header = new ArrayList<>(List.of("algorithm", "split", "user"));
      header.addAll(metrics);
      perUser.row(header);
    } else if (!metrics.equals(names)) {
      throw new IllegalArgumentException(
          "per-user metrics " + names + " differ from the header's " + metrics);
    }
    for (int u = 0; u < outcomes.users().size(); u++) {
      String user = outcomes.users().get(u);
      List<String> row = new ArrayList<>(List.of(outcomes.algorithm(), outcomes.split(), user));
      for (double[] values : outcomes.values().values()) {
        row.add(Double.isNaN(values[u]) ? null : Double.toString(values[u]));
      }
      perUser.row(row);
      var list = outcomes.lists().get(u);
      for (int r = 0; r < list.size(); r++) {
        topK.row(
            List.of(
                outcomes.algorithm(),
                outcomes.split(),
                user,
                Integer.toString(r + 1),
                outcomes.items().id(list.items()[r]),
                Float.toString(list.scores()[r])));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try (Writer a = perUserFile;
        Writer b = topKFile) {
      a.flush();
      b.flush();
    }
  }
}
