package dev.affectrec.emotion.text.head;

/**
 * Limited-memory BFGS minimisation with a backtracking (Armijo) line search. Deterministic. Not
 * thread-safe; create one per run.
 */
public final class Lbfgs {
  /** A differentiable objective. */
  @FunctionalInterface
  public interface Objective {
    /** Writes the gradient at {@code x} into {@code gradient} and returns the value. */
    double evaluate(double[] x, double[] gradient);
  }

  private final int memory;
  private final int maxIterations;
  private final double tolerance;

  /**
   * @param memory correction pairs kept, at least 1
   * @param maxIterations at least 1
   * @param tolerance stop when the relative decrease of the value falls below it, at least 0
   */
  public Lbfgs(int memory, int maxIterations, double tolerance) {
    if (memory < 1 || maxIterations < 1 || !(tolerance >= 0)) {
      throw new IllegalArgumentException("memory and maxIterations >= 1, tolerance >= 0");
    }
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** Minimises {@code f} starting from {@code x}, which is updated in place; returns the value. */
  public double minimise(Objective f, double[] x) {
    int n = x.length;
    double[][] s = new double[memory][];
    double[][] y = new double[memory][];
    double[] rho = new double[memory];
    double[] g = new double[n];
    double value = f.evaluate(x, g);
    int stored = 0;
    int head = 0;
    double[] direction = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iter = 0; iter < maxIterations; iter++) {
      twoLoop(g, s, y, rho, stored, head, direction);
      double slope = dot(g, direction);
      if (slope >= 0) {
        for (int i = 0; i < n; i++) {
          direction[i] = -g[i];
        }
        slope = -dot(g, g);
        stored = 0;
      }
      double step = iter == 0 && stored == 0 ? 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))) : 1.0;
      double newValue = Double.NaN;
      for (int tries = 0; tries < 30; tries++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * direction[i];
        }
        newValue = f.evaluate(xNew, gNew);
        if (newValue <= value + 1e-4 * step * slope) {
          break;
        }
        step *= 0.5;
      }
      if (!(newValue <= value)) {
        return value;
      }
      double[] sNew = new double[n];
      double[] yNew = new double[n];
      for (int i = 0; i < n; i++) {
        sNew[i] = xNew[i] - x[i];
        yNew[i] = gNew[i] - g[i];
      }
      double sy = dot(sNew, yNew);
      if (sy > 1e-10) {
        s[head] = sNew;
        y[head] = yNew;
        rho[head] = 1.0 / sy;
        head = (head + 1) % memory;
        stored = Math.min(memory, stored + 1);
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      double decrease = (value - newValue) / Math.max(1e-12, Math.abs(value));
      value = newValue;
      if (decrease < tolerance) {
        break;
      }
    }
    return value;
  }

  private void twoLoop(
      double[] g, double[][] s, double[][] y, double[] rho, int stored, int head, double[] out) {
    int n = g.length;
    double[] q = g.clone();
    double[] alpha = new double[memory];
    for (int j = 0; j < stored; j++) {
      int k = Math.floorMod(head - 1 - j, memory);
      alpha[k] = rho[k] * dot(s[k], q);
      axpy(-alpha[k], y[k], q);
    }
    double gamma = 1.0;
    if (stored > 0) {
      int last = Math.floorMod(head - 1, memory);
      gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
    }
    for (int i = 0; i < n; i++) {
      q[i] *= gamma;
    }
    for (int j = stored - 1; j >= 0; j--) {
      int k = Math.floorMod(head - 1 - j, memory);
      double beta = rho[k] * dot(y[k], q);
      axpy(alpha[k] - beta, s[k], q);
    }
    for (int i = 0; i < n; i++) {
      out[i] = -q[i];
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
