package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.Ranking;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.BitSet;
import java.util.List;

/**
 * {@code affectrec recommend-file}: trains on a file and writes {@code
 * user<TAB>item<TAB>rank<TAB>score} (rank from 1) for the top k of every user in the file, in the
 * file's user order, never an item the user has in the training file. Thread-safe.
 */
public final class RecommendFileJob {
  private final AlgorithmRegistry registry;

  /** A job over the algorithms found on the class path. */
  public RecommendFileJob() {
    this(AlgorithmRegistry.discover());
  }

  /** A job over {@code registry}. */
  public RecommendFileJob(AlgorithmRegistry registry) {
    this.registry = registry;
  }

  /**
   * Runs the job and returns the number of lines written.
   *
   * @throws InputException for bad input or options
   * @throws IOException if the output cannot be written
   */
  public long run(RecommendFileOptions options) throws IOException {
    JobInputs.requirePositiveK(options.k());
    List<AlgorithmSpec> specs = JobInputs.specs(options.algorithm());
    if (specs.size() != 1) {
      throw new InputException("recommend-file takes one algorithm, not " + specs.size());
    }
    JobInputs.Trained trained =
        JobInputs.train(registry, specs.get(0), options.format(), options.train());
    InteractionMatrix data = trained.data();
    ScoringModel model = trained.model();
    int catalogue = model.items().size();
    long lines = 0;
    if (options.out().toAbsolutePath().getParent() != null) {
      Files.createDirectories(options.out().toAbsolutePath().getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
      for (int u = 0; u < data.userCount(); u++) {
        BitSet exclude = new BitSet(catalogue);
        for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
          exclude.set(model.items().indexOf(data.items().id(data.rowItems()[p])));
        }
        Ranking top = model.topK(model.users().indexOf(data.users().id(u)), options.k(), exclude);
        for (int r = 0; r < top.size(); r++) {
          w.write(data.users().id(u));
          w.write('\t');
          w.write(model.items().id(top.items()[r]));
          w.write('\t');
          w.write(Integer.toString(r + 1));
          w.write('\t');
          w.write(Float.toString(top.scores()[r]));
          w.write('\n');
          lines++;
        }
      }
    }
    return lines;
  }
}
