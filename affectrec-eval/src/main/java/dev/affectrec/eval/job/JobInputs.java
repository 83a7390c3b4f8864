package dev.affectrec.eval.job;

import dev.affectrec.eval.data.DataFormat;
import dev.affectrec.eval.data.DataFormatException;
import dev.affectrec.eval.data.ItemTexts;
import dev.affectrec.eval.data.RatingsReader;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads job inputs and resolves algorithms, turning bad input into {@link JobInputException}. */
final class JobInputs {
  private JobInputs() {}

  static List<Interaction> read(DataFormat format, Path path, String role) {
    try {
      List<Interaction> data = RatingsReader.read(format, path);
      if (data.isEmpty()) {
        throw new JobInputException(role + " file " + path + " has no interactions");
      }
      return data;
    } catch (NoSuchFileException e) {
      throw new JobInputException(role + " file not found: " + path, e);
    } catch (DataFormatException e) {
      throw new JobInputException(
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
  }

  static Map<String, String> texts(DataFormat format, Path path) {
    try {
      return ItemTexts.read(format, path);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  static void requirePositiveK(int k) {
    if (k < 1) {
      throw new JobInputException("k must be at least 1 but was " + k);
    }
  }

  static List<AlgorithmSpec> specs(String algorithms) {
    try {
      return AlgorithmSpec.parseList(algorithms);
    } catch (IllegalArgumentException e) {
      throw new JobInputException(e.getMessage(), e);
    }
  }

  /** Resolves {@code spec} (fails fast on unknown names, parameters and values). */
  static Trainer<? extends ScoringModel> trainer(
      AlgorithmRegistry registry, AlgorithmSpec spec, AlgorithmContext context) {
    try {
      return registry.create(spec, context);
    } catch (IllegalArgumentException e) {
      throw new JobInputException(e.getMessage(), e);
    }
  }
}
