package dev.affectrec.hybrid.bandit;

import java.util.SplittableRandom;

/**
 * Samples Beta(a, b) as {@code X / (X + Y)} with {@code X ~ Gamma(a)}, {@code Y ~ Gamma(b)}, Gamma
 * by Marsaglia and Tsang (2000), boosted for shapes below 1. Stateless; thread-safe if the random
 * is.
 */
public final class BetaSampler {
  private BetaSampler() {}

  /** One Beta(a, b) sample, a and b positive. */
  public static double sample(SplittableRandom random, double a, double b) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException("beta shapes must be positive but were " + a + ", " + b);
    }
    double x = gamma(random, a);
    double y = gamma(random, b);
    return x / (x + y);
  }

  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = gaussian(random);
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double gaussian(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
