package dev.affectrec.eval.job;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.data.ItemTexts;
import dev.affectrec.eval.data.RatingsReader;
import dev.affectrec.eval.data.ReviewTexts;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads job inputs and resolves algorithms, turning bad input into {@link InputException}. */
final class JobInputs {
  private JobInputs() {}

  static List<Interaction> read(DataFormat format, Path path, String role) {
    List<Interaction> data;
    try {
      data = RatingsReader.read(format, path);
    } catch (NoSuchFileException e) {
      throw new InputException(role + " file not found: " + path, e);
    } catch (InputException e) {
      throw new InputException(
          "wrong format in "
              + role
              + " file (expected "
              + format.cliName()
              + "): "
              + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (data.isEmpty()) {
      throw new InputException(role + " file " + path + " has no interactions");
    }
    return data;
  }

  static Map<String, String> texts(DataFormat format, Path path) {
    try {
      return ItemTexts.read(format, path);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /**
   * What the algorithms may use of a data file: its item texts, its review texts and, when its
   * values are ratings, their scale.
   */
  static AlgorithmContext context(DataFormat format, Path path, List<Interaction> data)
      throws IOException {
    return new AlgorithmContext(
        texts(format, path),
        Runtime.getRuntime().availableProcessors(),
        ReviewTexts.read(format, path),
        format.ratingScale(data).orElse(null));
  }

  /** A model trained on a whole file, with the data it saw. */
  record Trained(ScoringModel model, InteractionMatrix data) {}

  /**
   * Checks {@code spec} before reading anything, reads the training file, and trains on it with the
   * file's context.
   */
  static Trained train(AlgorithmRegistry registry, AlgorithmSpec spec, DataFormat format, Path path)
      throws IOException {
    trainer(registry, spec, AlgorithmContext.plain());
    List<Interaction> rows = read(format, path, "training");
    InteractionMatrix data = InteractionMatrix.of(rows);
    return new Trained(trainer(registry, spec, context(format, path, rows)).train(data), data);
  }

  static void requirePositiveK(int k) {
    if (k < 1) {
      throw new InputException("k must be at least 1 but was " + k);
    }
  }

  static List<AlgorithmSpec> specs(String algorithms) {
    return InputException.fromInput(() -> AlgorithmSpec.parseList(algorithms));
  }

  /** Resolves {@code spec} (fails fast on unknown names, parameters and values). */
  static Trainer<? extends ScoringModel> trainer(
      AlgorithmRegistry registry, AlgorithmSpec spec, AlgorithmContext context) {
    return InputException.fromInput(() -> registry.create(spec, context));
  }
}
