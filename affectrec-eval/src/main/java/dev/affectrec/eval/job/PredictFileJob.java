package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.RatingPredictor;
import dev.affectrec.recommend.model.ScoringModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code affectrec predict-file}: trains on one file and writes {@code
 * user<TAB>item<TAB>prediction} for every pair of the test file, in its order, one line per pair.
 * Rating predictors (biasedmf) give ratings, with the damped-bias baseline for pairs they cannot
 * predict. Ranking algorithms give their ranking score for known pairs and 0 otherwise.
 * Thread-safe.
 */
public final class PredictFileJob {
  private final AlgorithmRegistry registry;

  /** A job over the algorithms found on the class path. */
  public PredictFileJob() {
    this(AlgorithmRegistry.discover());
  }

  /** A job over {@code registry}. */
  public PredictFileJob(AlgorithmRegistry registry) {
    this.registry = registry;
  }

  /**
   * Runs the job and returns the number of lines written (the number of test pairs).
   *
   * @throws InputException for bad input or options
   * @throws IOException if the output cannot be written
   */
  public long run(PredictFileOptions options) throws IOException {
    List<AlgorithmSpec> specs = JobInputs.specs(options.algorithm());
    if (specs.size() != 1) {
      throw new InputException("predict-file takes one algorithm, not " + specs.size());
    }
    JobInputs.Trained trained =
        JobInputs.train(registry, specs.get(0), options.format(), options.train());
    InteractionMatrix data = trained.data();
    List<Interaction> test = JobInputs.read(options.format(), options.test(), "test");
    ScoringModel model = trained.model();
    BaselinePredictor baseline = new BaselinePredictor(data);
    float[] scores = new float[model.items().size()];
    int scoredUser = -1;
    if (options.out().toAbsolutePath().getParent() != null) {
      Files.createDirectories(options.out().toAbsolutePath().getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
      for (Interaction pair : test) {
        double prediction;
        if (model instanceof RatingPredictor predictor) {
          prediction = predictor.predict(pair.user(), pair.item());
          if (Double.isNaN(prediction)) {
            prediction = baseline.predict(pair.user(), pair.item());
          }
        } else {
          int u = model.users().indexOf(pair.user());
          int i = model.items().indexOf(pair.item());
          if (u >= 0 && i >= 0) {
            if (u != scoredUser) {
              model.scoreUser(u, scores);
              scoredUser = u;
            }
            prediction = scores[i];
          } else {
            prediction = 0;
          }
        }
        w.write(pair.user() + "\t" + pair.item() + "\t" + (float) prediction + "\n");
      }
    }
    return test.size();
  }
}
