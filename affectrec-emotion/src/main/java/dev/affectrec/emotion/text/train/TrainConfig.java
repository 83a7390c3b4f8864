package dev.affectrec.emotion.text.train;

import dev.affectrec.api.Arguments;
import java.util.Map;

/**
 * Hyperparameters of {@code emotion train}, validated at construction; {@link #defaults()} holds
 * the values the shipped heads were trained with.
 *
 * @param seed random seed for subsampling and the optimiser
 * @param threads ONNX Runtime intra-op threads and gradient partitions, at least 1; fixed (not the
 *     machine's core count) so that the same seed reproduces the same heads anywhere
 * @param maxTrain per-dataset cap on the examples the embedding head is trained on (a seeded
 *     subsample above it, to bound encoder time); the TF-IDF head always sees the whole train
 *     split. The shipped heads see whole train splits (no cap): the {@link EmbeddingCache} embeds
 *     each text once
 * @param embeddingL2 L2 penalty of the embedding head (per example), at least 0
 * @param tfidfL2 L2 penalty of the TF-IDF head (per example), at least 0
 * @param iterations L-BFGS iterations of a head, at least 1
 * @param taskIterations L-BFGS iterations of the heads named here (dataset name), each at least 1,
 *     in place of {@code iterations}: the 28-label {@code goemotions} head underfits at 60 (dev
 *     macro-F1 0.470 against 0.504 at 300), while the 7-class heads lose a little beyond 60
 * @param vocabularySize n-gram features kept per language (by document frequency), at least 1
 * @param mlp the MLP tried beside logistic regression as each head's embedding half, never null
 */
public record TrainConfig(
    long seed,
    int threads,
    Map<String, Integer> maxTrain,
    double embeddingL2,
    double tfidfL2,
    int iterations,
    Map<String, Integer> taskIterations,
    int vocabularySize,
    MlpConfig mlp) {

  /** Validates the fields. */
  public TrainConfig {
    Arguments.requireAtLeast(threads, 1, "threads");
    maxTrain = Map.copyOf(maxTrain);
    maxTrain.forEach((k, v) -> Arguments.requireAtLeast(v, 1, "maxTrain." + k));
    Arguments.requireInRange(embeddingL2, 0, 10, "embeddingL2");
    Arguments.requireInRange(tfidfL2, 0, 10, "tfidfL2");
    Arguments.requireAtLeast(iterations, 1, "iterations");
    taskIterations = Map.copyOf(taskIterations);
    taskIterations.forEach((k, v) -> Arguments.requireAtLeast(v, 1, "taskIterations." + k));
    Arguments.requireAtLeast(vocabularySize, 1, "vocabularySize");
    java.util.Objects.requireNonNull(mlp, "mlp");
  }

  /** The configuration of the shipped heads. */
  public static TrainConfig defaults() {
    return new TrainConfig(
        42, 2, Map.of(), 1e-4, 1e-5, 60, Map.of("goemotions", 300), 40_000, MlpConfig.defaults());
  }

  /** The L-BFGS iterations of {@code task}'s head: its entry in taskIterations, else iterations. */
  public int iterations(String task) {
    return taskIterations.getOrDefault(task, iterations);
  }

  /** The same configuration with another seed. */
  public TrainConfig withSeed(long other) {
    return new TrainConfig(
        other,
        threads,
        maxTrain,
        embeddingL2,
        tfidfL2,
        iterations,
        taskIterations,
        vocabularySize,
        mlp);
  }
}
