package dev.affectrec.spark;

import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmProvider;
import dev.affectrec.recommend.algorithm.Params;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.util.Set;

/**
 * Registers {@code spark-als} (implicit) and {@code spark-als-explicit} with the evaluation
 * harness. Parameters: factors, iterations, lambda, alpha, binary, seed.
 */
public final class SparkAlgorithms implements AlgorithmProvider {

  @Override
  public Set<String> names() {
    return Set.of("spark-als", "spark-als-explicit");
  }

  @Override
  public Trainer<? extends ScoringModel> create(String name, Params p, AlgorithmContext context) {
    SparkAlsConfig d =
        name.equals("spark-als")
            ? SparkAlsConfig.IMPLICIT_DEFAULTS
            : SparkAlsConfig.EXPLICIT_DEFAULTS;
    return new SparkAlsTrainer(
        new SparkAlsConfig(
            d.implicit(),
            p.getInt("factors", d.factors()),
            p.getInt("iterations", d.iterations()),
            p.getDouble("lambda", d.lambda()),
            p.getDouble("alpha", d.alpha()),
            p.getBoolean("binary", d.binary()),
            p.getLong("seed", d.seed())));
  }
}
