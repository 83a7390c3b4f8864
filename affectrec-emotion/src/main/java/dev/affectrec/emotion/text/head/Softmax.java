package dev.affectrec.emotion.text.head;

/** The numerically stable softmax. Stateless. */
public final class Softmax {
  private Softmax() {}

  /** {@code softmax(z / temperature)}; temperature must be positive. */
  public static double[] of(double[] z, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp((z[i] - max) / temperature);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Re-tempers a probability vector: {@code p^(1/T)} renormalised; zeros stay zero. */
  public static double[] temper(double[] p, double temperature) {
    double[] logs = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      logs[i] = Math.log(Math.max(p[i], 1e-12));
    }
    return of(logs, temperature);
  }
}
