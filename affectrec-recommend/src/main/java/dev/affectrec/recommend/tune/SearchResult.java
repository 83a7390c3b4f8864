package dev.affectrec.recommend.tune;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import java.util.Locale;

/**
 * What a {@link ModelSearch} chose.
 *
 * @param given the spec as written
 * @param chosen the best candidate (the given spec when nothing beat it)
 * @param objective the validation metric, {@code ndcg@K} or {@code rmse}
 * @param chosenScore the chosen candidate's validation value
 * @param givenScore the given spec's validation value
 * @param trials how many candidates were trained
 */
public record SearchResult(
    AlgorithmSpec given,
    AlgorithmSpec chosen,
    String objective,
    double chosenScore,
    double givenScore,
    int trials) {

  /** One line for people: what was chosen, on what evidence. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s -> %s (validation %s %.4f, as written %.4f; %d trials)",
        given.label(),
        chosen.label(),
        objective,
        chosenScore,
        givenScore,
        trials);
  }
}
