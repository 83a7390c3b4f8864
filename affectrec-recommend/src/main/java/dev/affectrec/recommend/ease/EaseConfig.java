package dev.affectrec.recommend.ease;

/**
 * Configuration of {@link EaseTrainer}.
 *
 * @param lambda L2 regularisation added to the Gram diagonal, greater than 0 (default 500)
 * @param binary whether every interaction counts 1 instead of its value (default true)
 */
public record EaseConfig(double lambda, boolean binary) {

  /** Lambda 500, binary. */
  public static final EaseConfig DEFAULTS = new EaseConfig(500, true);

  /** Validates lambda. */
  public EaseConfig {
    if (!(lambda > 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be a finite number > 0 but was " + lambda);
    }
  }
}
